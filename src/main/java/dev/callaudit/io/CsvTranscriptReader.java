package dev.callaudit.io;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical CSV (SPEC.md): RFC 4180, a header row, one row per turn, column names
 * case-insensitive and in any order. The rows of a call are contiguous; a call whose rows come back
 * later in the file is rejected rather than audited in pieces, unless the rows are grouped by call
 * first ({@link ReadOptions#groupBySort()}, an external sort: {@link CsvGrouping}).
 */
public final class CsvTranscriptReader implements TranscriptReader {
    static final List<String> REQUIRED = List.of("call_id", "agent_id", "speaker", "text");
    /** A quoted field longer than this many lines is taken for a quote that was never closed. */
    private static final int MULTILINE_LIMIT = 200;

    private final long groupChunkChars;
    private final int groupFanIn;
    private final java.nio.file.Path groupTempDir;

    public CsvTranscriptReader() {
        this(CsvGrouping.DEFAULT_CHUNK_CHARS, CsvGrouping.DEFAULT_FAN_IN, null);
    }

    /**
     * A reader whose {@code --group-by-sort} spills sorted runs of about {@code chunkChars} characters
     * into {@code tempDir} (null: java.io.tmpdir) and merges {@code fanIn} runs at a time; tests make
     * these small to force many runs and merge passes.
     */
    CsvTranscriptReader(long chunkChars, int fanIn, java.nio.file.Path tempDir) {
        this.groupChunkChars = chunkChars;
        this.groupFanIn = fanIn;
        this.groupTempDir = tempDir;
    }

    @Override
    public List<String> extensions() {
        return List.of("csv", "tsv");
    }

    @Override
    public CallStream open(InputSource source, ReadOptions options) throws InputException {
        FirstLineReader text = new FirstLineReader(TextInput.open(source, options.encoding()));
        char separator = options.delimiter() != 0 ? options.delimiter() : detectSeparator(text, source, options.encoding());
        CSVReader csv = new CSVReaderBuilder(text)
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                .withMultilineLimit(MULTILINE_LIMIT)
                .build();
        String[] header;
        try {
            header = csv.readNext();
        } catch (CharacterCodingException e) {
            closeQuietly(csv);
            throw new InputException(source.name(), 1, TextInput.decodingProblem(e, options.encoding()));
        } catch (IOException e) {
            closeQuietly(csv);
            throw new InputException(source.name(), 1, "cannot read the header row: " + TextInput.readProblem(e));
        } catch (CsvValidationException e) {
            closeQuietly(csv);
            throw new InputException(source.name(), 1, "cannot read the header row (" + e.getMessage() + ")");
        }
        if (header == null) {
            closeQuietly(csv);
            throw new InputException(source.name(), 0, "empty file: expected a header row with " + String.join(", ", REQUIRED));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip().toLowerCase(Locale.ROOT);
            found.add(header[i].strip());
            columns.putIfAbsent(name, i);
        }
        for (Map.Entry<String, String> m : options.columns().entrySet()) {
            Integer at = columns.get(m.getValue().strip().toLowerCase(Locale.ROOT));
            if (at == null) {
                closeQuietly(csv);
                throw new InputException(source.name(), 1, "--map " + m.getKey() + "=" + m.getValue() + ": no column '"
                        + m.getValue() + "' in the header (found: " + String.join(", ", found) + ")");
            }
            columns.put(m.getKey(), at);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            closeQuietly(csv);
            throw new InputException(source.name(), 1, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (found: " + String.join(", ", found) + "; name yours with --map "
                    + missing.get(0) + "=YourColumn)");
        }
        CsvGrouping grouping = !options.groupBySort() ? null : new CsvGrouping(groupChunkChars, groupFanIn,
                groupTempDir != null ? groupTempDir : java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
        return new Stream(source.name(), csv, text, columns, header.length, options, grouping);
    }

    /** Remembers the first physical line of the record being read, which opencsv's errors do not give back. */
    static final class FirstLineReader extends java.io.BufferedReader {
        private String first;
        private boolean recordStarted;

        FirstLineReader(Reader in) {
            super(in, 1 << 16);
        }

        void startRecord() {
            recordStarted = false;
            first = null;
        }

        String firstLine() {
            return first;
        }

        /** A line without counting it as the start of a record (the header peeked for its separator). */
        String readLineRaw() throws IOException {
            return super.readLine();
        }

        @Override
        public String readLine() throws IOException {
            String line = super.readLine();
            if (!recordStarted) {
                first = line;
                recordStarted = true;
            }
            return line;
        }
    }

    /**
     * Comma, tab or semicolon, whichever the header line has most of outside quotes: spreadsheets in
     * Europe save with semicolons, and call platforms often export tab-separated text.
     */
    private static char detectSeparator(FirstLineReader text, InputSource source, java.nio.charset.Charset encoding) throws InputException {
        try {
            text.mark(1 << 16);
            String header = text.readLineRaw();
            text.reset();
            if (header == null) {
                return ',';
            }
            int comma = 0;
            int tab = 0;
            int semicolon = 0;
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    comma += c == ',' ? 1 : 0;
                    tab += c == '\t' ? 1 : 0;
                    semicolon += c == ';' ? 1 : 0;
                }
            }
            return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
        } catch (CharacterCodingException e) {
            throw new InputException(source.name(), 1, TextInput.decodingProblem(e, encoding));
        } catch (IOException e) {
            throw new InputException(source.name(), 0, TextInput.readProblem(e));
        }
    }

    private static void closeQuietly(CSVReader csv) {
        try {
            csv.close();
        } catch (IOException ignored) {
            // nothing was read; the InputException says what went wrong
        }
    }

    private static final class Stream implements CallStream {
        private final String file;
        private final CSVReader csv;
        private final FirstLineReader lines;
        private final Map<String, Integer> columns;
        private final int width;
        private final ReadOptions options;
        private final IdSet finished = new IdSet();
        private final java.util.ArrayDeque<ReadItem> queue = new java.util.ArrayDeque<>();
        /** Null: the rows are read in file order. */
        private final CsvGrouping grouping;
        /** The rows grouped by call, once the whole input went through {@link #grouping}. */
        private CsvGrouping.Rows grouped;
        /** Where a grouped input stopped being readable, until the call it is charged to (or the end) reports it. */
        private GroupedBreak groupedBreak;
        private String[] pending;
        private int pendingLine;
        private boolean done;

        Stream(String file, CSVReader csv, FirstLineReader lines, Map<String, Integer> columns, int width, ReadOptions options,
               CsvGrouping grouping) {
            this.file = file;
            this.csv = csv;
            this.lines = lines;
            this.columns = columns;
            this.width = width;
            this.options = options;
            this.grouping = grouping;
        }

        /** @param callId the call the unreadable row belongs to: its own leading field, else the call of the row before it */
        private record GroupedBreak(int line, String reason, String callId) {
        }

        @Override
        public ReadItem next() throws InputException {
            while (queue.isEmpty() && !done) {
                fill();
            }
            return queue.poll();
        }

        /** Reads the rows of one call (and any unreadable rows before it) into the queue. */
        private void fill() throws InputException {
            String[] row = pending != null ? pending : read();
            int rowLine = pending != null ? pendingLine : lastLine;
            pending = null;
            if (row == null) {
                if (brokenAt > 0) {
                    queue.add(new ReadItem.Rejected(file, brokenAt, null, brokenReason));
                }
                if (groupedBreak != null) {
                    queue.add(new ReadItem.Rejected(file, groupedBreak.line(), groupedBreak.callId(), groupedBreak.reason()));
                    groupedBreak = null;
                }
                done = true;
                return;
            }
            if (row.length != width) {
                String id = get(row, "call_id");
                queue.add(new ReadItem.Rejected(file, rowLine, blank(id) ? null : id,
                        "expected " + width + " fields as in the header, found " + row.length));
                skipRestOf(id);
                return;
            }
            String callId = get(row, "call_id");
            CallAssembler call = new CallAssembler(file, rowLine, blank(callId) ? null : callId.strip());
            if (!blank(callId) && finished.contains(callId.strip())) {
                call.error(rowLine, "rows of call " + callId.strip() + " are not contiguous: it already ended earlier in the file"
                        + " (read it with --group-by-sort, or sort the file by call_id)");
            }
            while (row != null) {
                if (row.length != width) {
                    call.error(rowLine, "expected " + width + " fields as in the header, found " + row.length);
                } else {
                    add(call, row, rowLine);
                }
                row = read();
                rowLine = lastLine;
                if (row == null || blank(callId) || !sameCall(row, callId)) {
                    break;
                }
            }
            // a grouped call with a row lost to the break is charged with it, unless it is rejected already
            if (groupedBreak != null && !call.failed() && !blank(callId) && callId.strip().equals(groupedBreak.callId())) {
                call.error(groupedBreak.line(), groupedBreak.reason());
                groupedBreak = null;
            }
            if (brokenAt > 0 && !brokenRowStartsAnotherCall(callId)) {
                call.error(brokenAt, brokenReason);
            } else if (brokenAt > 0) {
                queue.add(call.build(options));
                queue.add(new ReadItem.Rejected(file, brokenAt, brokenCallId, brokenReason));
                done = true;
                return;
            }
            if (row != null) {
                pending = row;
                pendingLine = rowLine;
            }
            if (!blank(callId) && grouping == null) {
                finished.putIfAbsent(callId.strip(), 0);
            }
            queue.add(call.build(options));
            if (brokenAt > 0) {
                done = true;
            }
        }

        private void skipRestOf(String callId) throws InputException {
            String[] row;
            while ((row = read()) != null) {
                if (blank(callId) || !sameCall(row, callId)) {
                    pending = row;
                    pendingLine = lastLine;
                    return;
                }
            }
        }

        private boolean sameCall(String[] row, String callId) {
            String id = get(row, "call_id");
            return id != null && id.strip().equals(callId.strip());
        }

        private void add(CallAssembler call, String[] row, int line) {
            call.agentId(get(row, "agent_id"));
            call.agentName(get(row, "agent_name"));
            call.customerName(get(row, "customer_name"));
            call.language(get(row, "language"));
            call.direction(get(row, "direction"), line);
            if (blank(get(row, "agent_id"))) {
                call.error(line, "missing agent_id");
            }
            call.turn(get(row, "turn"), options.speaker(get(row, "speaker")), get(row, "text"), get(row, "start_ms"), get(row, "end_ms"),
                    line, get(row, "agent_id"));
        }

        private int lastLine;
        private int brokenAt;
        private String brokenReason;
        private String brokenCallId;

        /** Whether the row that broke the file visibly belongs to another call than {@code callId}. */
        private boolean brokenRowStartsAnotherCall(String callId) {
            return brokenCallId != null && callId != null && !brokenCallId.equals(callId.strip());
        }

        /**
         * The call_id of a row that never parsed, when it stands before the broken quote: the fields
         * before the first quote character are plain.
         */
        private static String leadingField(String raw, int index) {
            if (raw == null) {
                return null;
            }
            int quote = raw.indexOf('"');
            String plain = quote < 0 ? raw : raw.substring(0, quote);
            String[] fields = plain.split(",", -1);
            return index < fields.length - (quote < 0 ? 0 : 1) && !fields[index].isBlank() ? fields[index].strip() : null;
        }

        /** The next row: in file order, or grouped by call under --group-by-sort. */
        private String[] read() throws InputException {
            return grouping == null ? readFile() : readGrouped();
        }

        private String[] readGrouped() throws InputException {
            if (grouped == null) {
                group();
            }
            try {
                CsvGrouping.Row row = grouped.next();
                if (row == null) {
                    return null;
                }
                lastLine = row.line();
                return row.fields();
            } catch (IOException e) {
                done = true;
                throw new InputException(file, 0, "--group-by-sort: cannot read back the sorted rows from the temporary folder ("
                        + e.getMessage() + ")");
            }
        }

        /**
         * Reads the whole input into the grouping. Where the file stops being readable, the break is
         * charged to the call its row shows, else to the call of the row before it, as in file order.
         */
        private void group() throws InputException {
            String lastId = null;
            try {
                String[] row;
                while ((row = readFile()) != null) {
                    lastId = get(row, "call_id");
                    grouping.add(lastId, lastLine, row);
                }
                grouped = grouping.finish();
            } catch (IOException e) {
                try {
                    grouping.close();
                } catch (IOException ignored) {
                    // the failure to write is what the user needs to hear about
                }
                done = true;
                throw new InputException(file, 0, "--group-by-sort: cannot write sorted rows to the temporary folder ("
                        + e.getMessage() + ")");
            }
            if (brokenAt > 0) {
                String owner = brokenCallId != null ? brokenCallId : blank(lastId) ? null : lastId.strip();
                groupedBreak = new GroupedBreak(brokenAt, brokenReason, owner);
                brokenAt = 0;
            }
        }

        /** The next non-blank row of the file, or null at the end or where the file stops being readable. */
        private String[] readFile() {
            if (brokenAt > 0) {
                return null;
            }
            while (true) {
                long before = csv.getLinesRead();
                lines.startRecord();
                try {
                    String[] row = csv.readNext();
                    lastLine = (int) before + 1;
                    if (row == null) {
                        return null;
                    }
                    if (row.length == 1 && row[0].isBlank()) {
                        continue;
                    }
                    return row;
                } catch (CharacterCodingException e) {
                    brokenAt = (int) before + 1;
                    brokenReason = TextInput.decodingProblem(e, options.encoding());
                } catch (java.io.EOFException | java.util.zip.ZipException e) {
                    brokenAt = (int) before + 1;
                    brokenReason = TextInput.readProblem(e) + "; the rest of the file was not read";
                } catch (IOException | CsvValidationException e) {
                    brokenAt = (int) before + 1;
                    brokenReason = "a quoted field opened on this line is never closed; the rest of the file was not read";
                    brokenCallId = leadingField(lines.firstLine(), columns.get("call_id"));
                }
                return null;
            }
        }

        private String get(String[] row, String column) {
            Integer i = columns.get(column);
            return i == null || i >= row.length ? null : row[i];
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        @Override
        public void close() throws IOException {
            try {
                csv.close();
            } finally {
                if (grouping != null) {
                    grouping.close();
                }
            }
        }
    }
}
