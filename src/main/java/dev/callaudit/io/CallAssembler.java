package dev.callaudit.io;

import dev.callaudit.model.Call;
import dev.callaudit.model.Direction;
import dev.callaudit.model.Speaker;
import dev.callaudit.model.Turn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one call from whatever a reader finds, field by field, and applies the rules every format
 * shares: required fields, known speakers, whole-number turns and times, one agent per call. The
 * first problem rejects the call whole, at its line.
 */
final class CallAssembler {
    private record RawTurn(Integer number, Speaker speaker, String text, Long startMs, Long endMs, int line, String agentId) {
    }

    /** A minute of speech is a few hundred characters; a turn beyond this is a broken export, not speech. */
    static final int MAX_TURN = 1_000_000;

    private final String file;
    private final int line;
    private final String callId;
    private final List<RawTurn> turns = new ArrayList<>();
    private String agentId;
    private String agentName;
    private String customerName;
    private String language;
    private Direction direction;
    private int errorLine;
    private String error;

    CallAssembler(String file, int line, String callId) {
        this.file = file;
        this.line = line;
        this.callId = callId;
        if (callId == null || callId.isBlank()) {
            error(line, "missing call_id");
        }
    }

    String callId() {
        return callId;
    }

    boolean failed() {
        return error != null;
    }

    void error(int at, String reason) {
        if (error == null) {
            error = reason;
            errorLine = at;
        }
    }

    void agentId(String v) {
        if (agentId == null && !blank(v)) {
            agentId = v.strip();
        }
    }

    void agentName(String v) {
        if (agentName == null && !blank(v)) {
            agentName = v.strip();
        }
    }

    void customerName(String v) {
        if (customerName == null && !blank(v)) {
            customerName = v.strip();
        }
    }

    void language(String v) {
        if (language == null && !blank(v)) {
            language = v.strip();
        }
    }

    void direction(String v, int at) {
        if (blank(v)) {
            return;
        }
        Direction.parse(v).ifPresentOrElse(d -> direction = d,
                () -> error(at, "direction '" + v.strip() + "' (expected inbound or outbound)"));
    }

    /** Raw values as read; validates them here so that every format reports the same reasons. */
    void turn(String number, String speaker, String text, String startMs, String endMs, int at, String rowAgent) {
        Speaker s = null;
        if (blank(speaker)) {
            error(at, "missing speaker (expected agent or customer)");
        } else {
            s = Speaker.parse(speaker).orElse(null);
            if (s == null) {
                error(at, "unknown speaker '" + speaker.strip() + "' (expected agent or customer)");
            }
        }
        if (text == null) {
            error(at, "missing text");
        } else if (text.length() > MAX_TURN) {
            error(at, "a turn of " + text.length() + " characters is longer than " + MAX_TURN
                    + ": not a spoken turn (a broken or truncated export?)");
            text = "";
        }
        Integer n = null;
        if (!blank(number)) {
            Long v = whole(number, "turn", at);
            n = v == null ? null : v.intValue();
        }
        turns.add(new RawTurn(n, s, text == null ? "" : text, whole(startMs, "start_ms", at), whole(endMs, "end_ms", at),
                at, blank(rowAgent) ? null : rowAgent.strip()));
    }

    private Long whole(String raw, String field, int at) {
        if (blank(raw)) {
            return null;
        }
        try {
            long v = Long.parseLong(raw.strip());
            if (v < 0) {
                error(at, field + " '" + raw.strip() + "' is negative");
            }
            return v;
        } catch (NumberFormatException e) {
            error(at, field + " '" + raw.strip() + "' is not a whole number");
            return null;
        }
    }

    ReadItem build(ReadOptions options) {
        if (error == null && turns.isEmpty()) {
            error(line, "call has no turns");
        }
        List<RawTurn> ordered = new ArrayList<>(turns);
        if (error == null) {
            long numbered = turns.stream().filter(t -> t.number() != null).count();
            if (numbered > 0 && numbered < turns.size()) {
                RawTurn missing = turns.stream().filter(t -> t.number() == null).findFirst().orElseThrow();
                error(missing.line(), "turn number missing while other turns of the call have one");
            } else if (numbered > 0) {
                ordered.sort(Comparator.comparingInt(RawTurn::number));
                Map<Integer, Integer> seen = new HashMap<>();
                for (RawTurn t : turns) {
                    Integer first = seen.putIfAbsent(t.number(), t.line());
                    if (first != null) {
                        error(t.line(), "duplicate turn " + t.number() + " (also at line " + first + ")");
                        break;
                    }
                }
            }
        }
        String agent = agentOf(ordered, options);
        if (error == null && agent == null) {
            error(line, "missing agent_id (or give --default-agent)");
        }
        if (error != null) {
            return new ReadItem.Rejected(file, errorLine, blank(callId) ? null : callId, error);
        }
        List<Turn> out = new ArrayList<>(ordered.size());
        for (RawTurn t : ordered) {
            out.add(new Turn(out.size() + 1, t.speaker(), t.text(), t.startMs(), t.endMs(), t.line()));
        }
        return new ReadItem.Accepted(new Call(callId, agent, agentName, customerName, language,
                direction != null ? direction : options.defaultDirection(), file, line, out));
    }

    /**
     * A transferred call is scored for the agent of its first agent turn (SPEC.md), and the run says so.
     */
    private String agentOf(List<RawTurn> ordered, ReadOptions options) {
        String first = ordered.stream().filter(t -> t.speaker() == Speaker.AGENT && t.agentId() != null)
                .map(RawTurn::agentId).findFirst().orElse(agentId);
        if (first == null) {
            first = blank(options.defaultAgent()) ? null : options.defaultAgent();
        }
        final String chosen = first;
        if (error != null) {
            return chosen;
        }
        ordered.stream().filter(t -> t.agentId() != null && !t.agentId().equals(chosen)).findFirst()
                .ifPresent(t -> options.warnings().accept(file + ":" + t.line() + ": call " + callId + " changes agent from "
                        + chosen + " to " + t.agentId() + " (a transfer); it is scored for " + chosen));
        return chosen;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
