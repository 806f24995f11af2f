package dev.callaudit.io;

import dev.callaudit.model.Speaker;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training scripts as trainers write them in git: one turn per line behind a speaker prefix
 * ({@code Agent:}, {@code 客服:}, {@code 고객:} ...), continuation lines, calls separated by a line of
 * {@code ---}, optional {@code # call_id: ...} / {@code # agent: ...} header lines. Every turn keeps
 * the line it starts on, so a finding points at the script line to fix.
 */
public final class TextScriptReader implements TranscriptReader {
    private static final Pattern TURN = Pattern.compile("^\\s*([^:：#\\s][^:：]{0,15}?)\\s*[:：]\\s*(.*)$");
    private static final Pattern HEADER = Pattern.compile("^\\s*#\\s*([A-Za-z_]+)\\s*[:：]\\s*(.*?)\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*-{3,}\\s*$");

    @Override
    public List<String> extensions() {
        return List.of("txt");
    }

    @Override
    public CallStream open(InputSource source, ReadOptions options) throws InputException {
        BufferedReader in = new BufferedReader(TextInput.open(source, options.encoding()), 1 << 16);
        String base = source.path() == null ? "stdin" : source.path().getFileName().toString().replaceFirst("\\..*$", "");
        return new Stream(source.name(), base, in, options);
    }

    private static final class Stream implements CallStream {
        private final String file;
        private final String base;
        private final BufferedReader in;
        private final ReadOptions options;
        private int line;
        private int calls;
        private boolean done;

        Stream(String file, String base, BufferedReader in, ReadOptions options) {
            this.file = file;
            this.base = base;
            this.in = in;
            this.options = options;
        }

        @Override
        public ReadItem next() {
            while (!done) {
                ReadItem item = readCall();
                if (item != null) {
                    return item;
                }
            }
            return null;
        }

        /** The next call, or null when a separator closed an empty one (or the file ended). */
        private ReadItem readCall() {
            String callId = null;
            String agent = null;
            String agentName = null;
            String customerName = null;
            String language = null;
            String direction = null;
            int start = 0;
            String speaker = null;
            StringBuilder text = null;
            int turnLine = 0;
            java.util.List<String[]> turns = new java.util.ArrayList<>();
            java.util.List<Integer> turnLines = new java.util.ArrayList<>();
            String error = null;
            int errorLine = 0;
            while (true) {
                String raw;
                try {
                    raw = in.readLine();
                } catch (CharacterCodingException e) {
                    done = true;
                    return new ReadItem.Rejected(file, line + 1, callId, TextInput.decodingProblem(e, options.encoding()));
                } catch (IOException e) {
                    done = true;
                    return new ReadItem.Rejected(file, line + 1, callId, TextInput.readProblem(e) + "; the rest of the file was not read");
                }
                if (raw != null) {
                    line++;
                }
                if (raw == null || SEPARATOR.matcher(raw).matches()) {
                    if (raw == null) {
                        done = true;
                    }
                    if (speaker != null) {
                        turns.add(new String[] {speaker, text.toString()});
                        turnLines.add(turnLine);
                    }
                    if (turns.isEmpty() && callId == null && error == null) {
                        return null;
                    }
                    calls++;
                    String id = callId != null ? callId : base + "-" + calls;
                    CallAssembler call = new CallAssembler(file, start == 0 ? line : start, id);
                    call.agentId(VendorFormat.agentOr(agent, options));
                    call.agentName(agentName);
                    call.customerName(customerName);
                    call.language(language);
                    call.direction(direction, start);
                    if (error != null) {
                        call.error(errorLine, error);
                    }
                    for (int i = 0; i < turns.size(); i++) {
                        call.turn(null, turns.get(i)[0], turns.get(i)[1], null, null, turnLines.get(i), null);
                    }
                    return call.build(options);
                }
                if (raw.isBlank()) {
                    continue;
                }
                if (start == 0) {
                    start = line;
                }
                Matcher h = HEADER.matcher(raw);
                if (h.matches()) {
                    String value = h.group(2);
                    switch (h.group(1).toLowerCase(Locale.ROOT)) {
                        case "call_id", "call" -> callId = value;
                        case "agent", "agent_id" -> agent = value;
                        case "agent_name" -> agentName = value;
                        case "customer_name", "customer" -> customerName = value;
                        case "language", "lang" -> language = value;
                        case "direction" -> direction = value;
                        default -> {
                            // any other "# key: value" is a comment
                        }
                    }
                    continue;
                }
                if (raw.stripLeading().startsWith("#")) {
                    continue;
                }
                Matcher t = TURN.matcher(raw);
                String who = t.matches() ? options.speaker(t.group(1).strip()) : null;
                if (who != null && Speaker.parse(who).isPresent()) {
                    if (speaker != null) {
                        turns.add(new String[] {speaker, text.toString()});
                        turnLines.add(turnLine);
                    }
                    speaker = who;
                    text = new StringBuilder(t.group(2).strip());
                    turnLine = line;
                } else if (speaker != null) {
                    text.append(text.length() == 0 ? "" : " ").append(raw.strip()); // a continuation line
                } else if (calls == 0 && turns.isEmpty()) {
                    // a notes or readme file in a folder of scripts: no dialogue before its first text line
                    options.warnings().accept(file + ":" + line + ": not a dialogue script (no 'Agent:' or '客服:' turn"
                            + " before this line); skipped");
                    done = true;
                    return null;
                } else if (error == null) {
                    error = "expected a turn such as 'Agent: ...' or '客服: ...' (or a '# call_id: ...' header)";
                    errorLine = line;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
