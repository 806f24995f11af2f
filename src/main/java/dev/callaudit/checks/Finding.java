package dev.callaudit.checks;

import dev.callaudit.rules.Severity;

/**
 * A missing stage, a forbidden phrase or a timing norm missed, located in its source file. {@code text} is the turn's
 * original text and {@code match} the original span that fired, starting at char {@code offset} of
 * {@code text} (-1 when a finding quotes no span); reports quote them, never the normalized form.
 */
public record Finding(
        String callId,
        String agentId,
        String file,
        int line,
        int turn,
        Kind kind,
        String rule,
        Severity severity,
        String text,
        String match,
        String suggestion,
        String message,
        int offset) {

    public Finding(String callId, String agentId, String file, int line, int turn, Kind kind, String rule, Severity severity,
                   String text, String match, String suggestion, String message) {
        this(callId, agentId, file, line, turn, kind, rule, severity, text, match, suggestion, message, -1);
    }

    public enum Kind {
        STAGE, FORBIDDEN, TIMING;

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
