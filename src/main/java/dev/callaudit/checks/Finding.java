package dev.callaudit.checks;

import dev.callaudit.rules.Severity;

/**
 * A missing stage, a forbidden phrase or a timing norm missed, located in its source file. {@code text} is the turn's
 * original text and {@code match} the original span that fired; reports quote them, never the
 * normalized form.
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
        String message) implements java.io.Serializable {

    public enum Kind {
        STAGE, FORBIDDEN, TIMING;

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
