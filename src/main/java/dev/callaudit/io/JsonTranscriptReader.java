package dev.callaudit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Optional;

/**
 * JSON calls (SPEC.md): one call object, an array of them, an object with a {@code calls} array, or
 * JSON Lines. Documents are streamed with Jackson's parser, one call in memory at a time; JSON Lines
 * are parsed line by line, so one broken line rejects one call and the rest of the file is still read.
 */
public final class JsonTranscriptReader implements TranscriptReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public List<String> extensions() {
        return List.of("json", "jsonl", "ndjson");
    }

    @Override
    public CallStream open(InputSource source, ReadOptions options) throws InputException {
        Reader text = TextInput.open(source, options.encoding());
        String ext = source.extension();
        if (ext.equals("jsonl") || ext.equals("ndjson")) {
            return new LinesStream(source.name(), new BufferedReader(text, 1 << 16), options);
        }
        try {
            BufferedReader buffered = new BufferedReader(text, 1 << 16);
            buffered.mark(HEAD);
            char[] head = new char[HEAD];
            int n = buffered.read(head, 0, HEAD);
            buffered.reset();
            Optional<VendorFormat> vendor = VendorFormats.recognize(n <= 0 ? "" : new String(head, 0, n));
            if (vendor.isPresent()) {
                return new VendorStream(source, buffered, vendor.get(), options);
            }
            return new DocumentStream(source.name(), FACTORY.createParser(buffered), options);
        } catch (CharacterCodingException e) {
            throw new InputException(source.name(), 1, TextInput.decodingProblem(e, options.encoding()));
        } catch (IOException e) {
            throw new InputException(source.name(), 0, TextInput.readProblem(e));
        }
    }

    private static final int HEAD = 1 << 16;
    /** A platform's export is one call; a larger file is not one. */
    private static final int MAX_EXPORT = 64 << 20;

    /** One platform export: the whole file is one call, read as a tree (with its lines indexed) and converted. */
    private static final class VendorStream implements CallStream {
        private final InputSource source;
        private final BufferedReader in;
        private final VendorFormat format;
        private final ReadOptions options;
        private boolean done;

        VendorStream(InputSource source, BufferedReader in, VendorFormat format, ReadOptions options) {
            this.source = source;
            this.in = in;
            this.format = format;
            this.options = options;
        }

        @Override
        public ReadItem next() throws InputException {
            if (done) {
                return null;
            }
            done = true;
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1 << 16];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    sb.append(buf, 0, n);
                    if (sb.length() > MAX_EXPORT) {
                        return new ReadItem.Rejected(source.name(), 1, null, "a " + format.name()
                                + " export is one call, but this file is over " + (MAX_EXPORT >> 20) + " MB");
                    }
                }
            } catch (CharacterCodingException e) {
                return new ReadItem.Rejected(source.name(), 1, null, TextInput.decodingProblem(e, options.encoding()));
            } catch (IOException e) {
                throw new InputException(source.name(), 0, TextInput.readProblem(e));
            }
            String json = sb.toString();
            try {
                JsonLines lines = JsonLines.index(json);
                com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
                return format.read(root, lines, source.name(), fileCallId(source), options);
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
                return new ReadItem.Rejected(source.name(), line, null, "invalid JSON in a " + format.name() + " export: " + jsonProblem(e));
            } catch (IOException e) {
                throw new InputException(source.name(), 0, TextInput.readProblem(e));
            }
        }

        /** The file's name without its extensions: exports are one call per file, named after it. */
        private static String fileCallId(InputSource source) {
            if (source.path() == null) {
                return "stdin";
            }
            String name = source.path().getFileName().toString();
            int dot = name.indexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Reads the fields of one call object whose first field name has been read (null: the object is empty). */
    static CallAssembler readCall(JsonParser p, String file, String firstField, int line, ReadOptions options,
                                  int lineOverride) throws IOException {
        return readCall(p, file, firstField, line, lineOverride, java.util.Map.of());
    }

    /** @param known call fields already read before {@code firstField} (a root object is not known to be a call at first) */
    static CallAssembler readCall(JsonParser p, String file, String firstField, int line, int lineOverride,
                                  java.util.Map<String, String> known) throws IOException {
        CallAssembler call;
        String callId = known.get("call_id");
        String agentId = known.get("agent_id");
        String agentName = known.get("agent_name");
        String customerName = known.get("customer_name");
        String language = known.get("language");
        String direction = known.get("direction");
        int directionLine = line;
        record PendingTurn(String turn, String speaker, String text, String start, String end, int line, String agent) {
        }
        java.util.List<PendingTurn> turns = new java.util.ArrayList<>();
        String turnsError = null;
        int turnsErrorLine = line;
        boolean sawTurns = false;
        for (String name = firstField; name != null; name = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            int at = lineOverride > 0 ? lineOverride : p.currentTokenLocation().getLineNr();
            switch (name) {
                case "call_id" -> callId = scalar(p, value);
                case "agent_id" -> agentId = scalar(p, value);
                case "agent_name" -> agentName = scalar(p, value);
                case "customer_name" -> customerName = scalar(p, value);
                case "language" -> language = scalar(p, value);
                case "direction" -> {
                    direction = scalar(p, value);
                    directionLine = at;
                }
                case "turns" -> {
                    sawTurns = true;
                    if (value != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        turnsError = "'turns' must be an array of turn objects";
                        turnsErrorLine = at;
                        break;
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int turnLine = lineOverride > 0 ? lineOverride : p.currentTokenLocation().getLineNr();
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            if (turnsError == null) {
                                turnsError = "turn " + (turns.size() + 1) + " is not an object";
                                turnsErrorLine = turnLine;
                            }
                            continue;
                        }
                        String[] f = new String[6];
                        for (String tf = p.nextFieldName(); tf != null; tf = p.nextFieldName()) {
                            JsonToken tv = p.nextToken();
                            int slot = switch (tf) {
                                case "turn" -> 0;
                                case "speaker" -> 1;
                                case "text" -> 2;
                                case "start_ms" -> 3;
                                case "end_ms" -> 4;
                                case "agent_id" -> 5;
                                default -> -1;
                            };
                            if (slot < 0) {
                                p.skipChildren();
                            } else if (tv.isStructStart()) {
                                p.skipChildren();
                                if (turnsError == null) {
                                    turnsError = "turn " + (turns.size() + 1) + ": '" + tf + "' must be a string or number";
                                    turnsErrorLine = turnLine;
                                }
                            } else {
                                f[slot] = tv == JsonToken.VALUE_NULL ? null : p.getText();
                            }
                        }
                        turns.add(new PendingTurn(f[0], f[1], f[2], f[3], f[4], turnLine, f[5]));
                    }
                }
                default -> p.skipChildren();
            }
        }
        call = new CallAssembler(file, line, callId);
        call.agentId(agentId);
        call.agentName(agentName);
        call.customerName(customerName);
        call.language(language);
        call.direction(direction, directionLine);
        if (turnsError != null) {
            call.error(turnsErrorLine, turnsError);
        }
        if (!sawTurns) {
            call.error(line, "missing turns");
        }
        for (PendingTurn t : turns) {
            call.turn(t.turn(), t.speaker(), t.text(), t.start(), t.end(), t.line(), t.agent());
        }
        return call;
    }

    private static String scalar(JsonParser p, JsonToken value) throws IOException {
        if (value.isStructStart()) {
            p.skipChildren();
            return null;
        }
        return value == JsonToken.VALUE_NULL ? null : p.getText();
    }

    /** Jackson's message without its parser internals: the problem, and where an unclosed bracket opened. */
    static String jsonProblem(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        int nl = msg.indexOf('\n');
        msg = nl > 0 ? msg.substring(0, nl) : msg;
        java.util.regex.Matcher opened = java.util.regex.Pattern
                .compile(" \\((?:start marker|for [A-Za-z]+ starting) at \\[.*line: (\\d+), column: (\\d+)\\]\\)?$").matcher(msg);
        if (opened.find()) {
            msg = msg.substring(0, opened.start()) + " (opened at line " + opened.group(1) + ", column " + opened.group(2) + ")";
        }
        return msg.replace("Unexpected end-of-input", "unexpected end of input");
    }

    /** A JSON document: a call, an array of calls, an object with a calls array, or several such values. */
    private static final class DocumentStream implements CallStream {
        private final String file;
        private final JsonParser p;
        private final ReadOptions options;
        private boolean inArray;
        private boolean inWrapper;
        private boolean done;

        DocumentStream(String file, JsonParser p, ReadOptions options) {
            this.file = file;
            this.p = p;
            this.options = options;
        }

        @Override
        public ReadItem next() {
            if (done) {
                return null;
            }
            try {
                while (true) {
                    JsonToken t = p.nextToken();
                    int line = p.currentTokenLocation().getLineNr();
                    if (inArray) {
                        if (t == JsonToken.END_ARRAY) {
                            inArray = false;
                            if (inWrapper) {
                                skipRestOfObject();
                                inWrapper = false;
                            }
                            continue;
                        }
                        if (t != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            return new ReadItem.Rejected(file, line, null, "expected a call object, found " + describe(t));
                        }
                        return readCall(p, file, p.nextFieldName(), line, options, 0).build(options);
                    }
                    if (t == null) {
                        done = true;
                        return null;
                    }
                    if (t == JsonToken.START_ARRAY) {
                        inArray = true;
                        continue;
                    }
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        return new ReadItem.Rejected(file, line, null, "expected a call object or an array of calls, found " + describe(t));
                    }
                    ReadItem call = rootObject(line);
                    if (call != null) {
                        return call;
                    }
                }
            } catch (CharacterCodingException e) {
                done = true;
                return new ReadItem.Rejected(file, Math.max(1, p.currentLocation().getLineNr()), null,
                        TextInput.decodingProblem(e, options.encoding()));
            } catch (JsonProcessingException e) {
                done = true;
                int line = e.getLocation() == null ? p.currentLocation().getLineNr() : e.getLocation().getLineNr();
                return new ReadItem.Rejected(file, Math.max(1, line), null,
                        "invalid JSON: " + jsonProblem(e) + "; the rest of the file was not read");
            } catch (IOException e) {
                done = true;
                return new ReadItem.Rejected(file, Math.max(1, p.currentLocation().getLineNr()), null,
                        TextInput.readProblem(e) + "; the rest of the file was not read");
            }
        }

        /**
         * A root object is a call, or a wrapper with a {@code calls} array among other fields: its
         * scalars are held until "turns" (a call) or "calls" (a wrapper, streamed; returns null) says which.
         */
        private ReadItem rootObject(int line) throws IOException {
            java.util.Map<String, String> scalars = new java.util.HashMap<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                if (name.equals("turns")) {
                    return readCall(p, file, name, line, 0, scalars).build(options);
                }
                JsonToken value = p.nextToken();
                if (name.equals("calls") && value == JsonToken.START_ARRAY) {
                    inArray = true;
                    inWrapper = true;
                    return null;
                }
                String v = scalar(p, value);
                if (v != null) {
                    scalars.putIfAbsent(name, v);
                }
            }
            return readCall(p, file, null, line, 0, scalars).build(options);
        }

        private void skipRestOfObject() throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_OBJECT) {
                if (t == JsonToken.FIELD_NAME) {
                    p.nextToken();
                    p.skipChildren();
                }
            }
        }

        private static String describe(JsonToken t) {
            return t == null ? "the end of the file" : t.asString() == null ? t.name().toLowerCase() : "'" + t.asString() + "'";
        }

        @Override
        public void close() throws IOException {
            p.close();
        }
    }

    /** JSON Lines: one call object per line; a broken line rejects that call only. */
    private static final class LinesStream implements CallStream {
        private final String file;
        private final BufferedReader in;
        private final ReadOptions options;
        private int line;
        private boolean done;

        LinesStream(String file, BufferedReader in, ReadOptions options) {
            this.file = file;
            this.in = in;
            this.options = options;
        }

        @Override
        public ReadItem next() {
            while (!done) {
                String text;
                try {
                    text = in.readLine();
                } catch (CharacterCodingException e) {
                    done = true;
                    return new ReadItem.Rejected(file, line + 1, null, TextInput.decodingProblem(e, options.encoding()));
                } catch (IOException e) {
                    done = true;
                    return new ReadItem.Rejected(file, line + 1, null, TextInput.readProblem(e) + "; the rest of the file was not read");
                }
                if (text == null) {
                    done = true;
                    return null;
                }
                line++;
                if (text.isBlank()) {
                    continue;
                }
                return parseLine(text);
            }
            return null;
        }

        private ReadItem parseLine(String text) {
            try (JsonParser p = FACTORY.createParser(text)) {
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    return new ReadItem.Rejected(file, line, null, "expected one call object per line");
                }
                CallAssembler call = readCall(p, file, p.nextFieldName(), line, options, line);
                if (p.nextToken() != null) {
                    return new ReadItem.Rejected(file, line, call.callId(), "unexpected text after the call object");
                }
                return call.build(options);
            } catch (JsonProcessingException e) {
                String id = idGuess(text);
                int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                return new ReadItem.Rejected(file, line, id, "invalid JSON" + (col > 0 ? " at column " + col : "") + ": "
                        + jsonProblem(e).replace("opened at line 1, column", "opened at column"));
            } catch (IOException e) {
                return new ReadItem.Rejected(file, line, null, TextInput.readProblem(e));
            }
        }

        /** The call_id of a line that does not parse, when it can still be seen, so the rejection names it. */
        private static String idGuess(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"call_id\"\\s*:\\s*\"([^\"]{1,200})\"").matcher(text);
            return m.find() ? m.group(1) : null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
