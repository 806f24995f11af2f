package dev.callaudit.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Groups the rows of a CSV export by call for {@code --group-by-sort}: an external sort, so that an
 * export whose calls are interleaved is read with the heap bounded however large it is. Rows are
 * held until about {@code chunkChars} characters of field text, sorted, spilled to a run file in
 * the temporary folder, and the runs are merged at the end ({@code fanIn} at a time, in several
 * passes when there are more, so open files and merge buffers stay bounded too).
 *
 * <p>Calls come out in the order of their first row in the file, and the rows of a call in file
 * order: the sort key is the call's first-appearance rank, then the row's line. The ranks are kept
 * in an {@link IdSet} (a 64-bit hash per call, twelve bytes); the call id is compared too, so two ids
 * whose hashes collide still come out as two groups.
 *
 * <p>Run files are deleted when merged, by {@link #close()} (also after a failure), and on exit as a
 * last resort. A single chunk never touches the disk.
 */
final class CsvGrouping implements Closeable {
    /** Counted with the overheads below: under 100 MB of live heap at the peak, sort included, whatever the input's size. */
    static final long DEFAULT_CHUNK_CHARS = 32L << 20;
    /** Runs merged at once: 64 open files and 64 buffers of 64 KB. */
    static final int DEFAULT_FAN_IN = 64;
    /** What a row and each of its fields cost beyond their text (the record, the array, a String each), counted against the bound. */
    private static final int ROW_OVERHEAD = 64;
    private static final int FIELD_OVERHEAD = 24;
    private static final int BUFFER = 1 << 16;
    /** Strings go to the run files as UTF-16 through these, a slice at a time: no array per field. */
    private static final int SLICE = 4096;

    /** One row of the export with the key it is sorted by. */
    record Row(int rank, String callId, int line, String[] fields) {
    }

    /** Rank, then call id (only where two ids share a hash, and so a rank), then line. */
    private static final Comparator<Row> ORDER = (a, b) -> {
        if (a.rank() != b.rank()) {
            return Integer.compare(a.rank(), b.rank());
        }
        if (a.callId() != null && b.callId() != null) {
            int byId = a.callId().compareTo(b.callId());
            if (byId != 0) {
                return byId;
            }
        }
        return Integer.compare(a.line(), b.line());
    };

    private final long chunkChars;
    private final int fanIn;
    private final Path tempDir;
    private final IdSet ranks = new IdSet();
    private final List<Row> chunk = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final List<Path> created = new ArrayList<>();
    private final List<RunReader> open = new ArrayList<>();
    private long held;
    private int nextRank;
    private int runsWritten;
    private final char[] charSlice = new char[SLICE];
    private final byte[] byteSlice = new byte[2 * SLICE];
    private final byte[] readSlice = new byte[2 * SLICE];

    CsvGrouping(long chunkChars, int fanIn, Path tempDir) {
        if (fanIn < 2) {
            throw new IllegalArgumentException("fan-in " + fanIn + ": a merge needs at least 2 runs");
        }
        this.chunkChars = chunkChars;
        this.fanIn = fanIn;
        this.tempDir = tempDir;
    }

    /**
     * Takes one row. A row without a call id is a group of its own (the reader rejects it on its own
     * line, as it does in file order).
     */
    void add(String callId, int line, String[] fields) throws IOException {
        String id = callId == null || callId.isBlank() ? null : callId.strip();
        int rank;
        if (id == null) {
            rank = nextRank++;
        } else {
            int first = ranks.putIfAbsent(id, nextRank);
            rank = first >= 0 ? first : nextRank++;
        }
        chunk.add(new Row(rank, id, line, fields));
        held += ROW_OVERHEAD;
        for (String f : fields) {
            held += FIELD_OVERHEAD + (f == null ? 0 : f.length());
        }
        if (held >= chunkChars) {
            spill();
        }
    }

    /** How many run files this grouping has written so far (for tests: the bound took effect). */
    int runsWritten() {
        return runsWritten;
    }

    /** The grouped rows, one at a time. */
    interface Rows {
        /** The next row, or null after the last. */
        Row next() throws IOException;
    }

    /** Ends the input: the rows, grouped by call. */
    Rows finish() throws IOException {
        if (runs.isEmpty()) {
            chunk.sort(ORDER);
            java.util.Iterator<Row> inMemory = chunk.iterator();
            return () -> inMemory.hasNext() ? inMemory.next() : null;
        }
        if (!chunk.isEmpty()) {
            spill();
        }
        while (runs.size() > fanIn) {
            List<Path> some = new ArrayList<>(runs.subList(0, fanIn));
            runs.subList(0, fanIn).clear();
            Path merged = newRun();
            try (DataOutputStream out = output(merged)) {
                Merge m = new Merge(some);
                for (Row r = m.next(); r != null; r = m.next()) {
                    write(out, r);
                }
            }
            for (Path p : some) {
                delete(p);
            }
            runs.add(merged);
        }
        Merge last = new Merge(new ArrayList<>(runs));
        runs.clear();
        return last::next;
    }

    private void spill() throws IOException {
        chunk.sort(ORDER);
        Path run = newRun();
        try (DataOutputStream out = output(run)) {
            for (Row r : chunk) {
                write(out, r);
            }
        }
        runs.add(run);
        chunk.clear();
        held = 0;
    }

    private Path newRun() throws IOException {
        Path p = Files.createTempFile(tempDir, "callaudit-group-", ".run");
        created.add(p);
        runsWritten++;
        p.toFile().deleteOnExit();
        return p;
    }

    private static DataOutputStream output(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), BUFFER));
    }

    /**
     * Fields as UTF-16 with their length: writeUTF stops at 64 KB and a broken export's "turn" can be
     * longer, and encoding to UTF-8 cost more than the rest of the spill.
     */
    private void write(DataOutputStream out, Row r) throws IOException {
        out.writeInt(r.rank());
        out.writeInt(r.line());
        writeString(out, r.callId());
        out.writeInt(r.fields().length);
        for (String f : r.fields()) {
            writeString(out, f);
        }
    }

    private void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        for (int from = 0; from < s.length(); from += SLICE) {
            int to = Math.min(s.length(), from + SLICE);
            s.getChars(from, to, charSlice, 0);
            for (int i = 0; i < to - from; i++) {
                byteSlice[2 * i] = (byte) (charSlice[i] >>> 8);
                byteSlice[2 * i + 1] = (byte) charSlice[i];
            }
            out.write(byteSlice, 0, 2 * (to - from));
        }
    }

    /** Reads what {@link #writeString} wrote; one reader at a time, so the slice is shared. */
    private String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        char[] chars = new char[n];
        for (int from = 0; from < n; from += SLICE) {
            int len = Math.min(n - from, SLICE);
            in.readFully(readSlice, 0, 2 * len);
            for (int i = 0; i < len; i++) {
                chars[from + i] = (char) ((readSlice[2 * i] & 0xff) << 8 | readSlice[2 * i + 1] & 0xff);
            }
        }
        return new String(chars);
    }

    /** Deletes every run file still on disk; safe to call more than once, and after a failure. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (RunReader r : open) {
            try {
                r.in.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        created.clear();
        runs.clear();
        chunk.clear();
        if (first != null) {
            throw first;
        }
    }

    private void delete(Path p) throws IOException {
        Files.deleteIfExists(p);
        created.remove(p);
    }

    /** One run file read back a row at a time. */
    private final class RunReader {
        private final Path path;
        private final DataInputStream in;
        private Row head;

        RunReader(Path path) throws IOException {
            this.path = path;
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), BUFFER));
            open.add(this);
        }

        /** Moves to the next row; at the end of the run, closes and deletes it. */
        boolean advance() throws IOException {
            int rank;
            try {
                rank = in.readInt();
            } catch (EOFException end) {
                head = null;
                in.close();
                open.remove(this);
                delete(path);
                return false;
            }
            int line = in.readInt();
            String callId = readString(in);
            String[] fields = new String[in.readInt()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = readString(in);
            }
            head = new Row(rank, callId, line, fields);
            return true;
        }
    }

    /** The k-way merge of some runs: the smallest head first. */
    private final class Merge {
        private final PriorityQueue<RunReader> heads = new PriorityQueue<>((a, b) -> ORDER.compare(a.head, b.head));

        Merge(List<Path> paths) throws IOException {
            for (Path p : paths) {
                RunReader r = new RunReader(p);
                if (r.advance()) {
                    heads.add(r);
                }
            }
        }

        Row next() throws IOException {
            RunReader r = heads.poll();
            if (r == null) {
                return null;
            }
            Row out = r.head;
            if (r.advance()) {
                heads.add(r);
            }
            return out;
        }
    }
}
