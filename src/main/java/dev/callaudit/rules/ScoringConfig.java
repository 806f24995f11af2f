package dev.callaudit.rules;

import java.util.EnumMap;
import java.util.Map;

/** How findings become a score: points per forbidden occurrence, the share a partial stage earns, the pass mark. */
public record ScoringConfig(Integer passMark, Double partialCredit, Map<Severity, Integer> penalties, Boolean autoFail) {

    public static final ScoringConfig DEFAULTS = new ScoringConfig(80, 0.5,
            Map.of(Severity.INFO, 0, Severity.MINOR, 5, Severity.MAJOR, 10, Severity.CRITICAL, 20), true);

    public ScoringConfig {
        if (passMark != null && (passMark < 0 || passMark > 100)) {
            throw new IllegalArgumentException("pass_mark must be 0..100, not " + passMark);
        }
        if (partialCredit != null && (partialCredit < 0 || partialCredit > 1)) {
            throw new IllegalArgumentException("partial_credit must be 0..1, not " + partialCredit);
        }
        if (penalties != null) {
            penalties.forEach((k, v) -> {
                if (v == null || v < 0) {
                    throw new IllegalArgumentException("penalty for " + k.key() + " must be a whole number >= 0");
                }
            });
        }
    }

    public int passMarkOrDefault() {
        return passMark != null ? passMark : DEFAULTS.passMark;
    }

    public double partialCreditOrDefault() {
        return partialCredit != null ? partialCredit : DEFAULTS.partialCredit;
    }

    public boolean autoFailOrDefault() {
        return autoFail == null || autoFail;
    }

    public int penalty(Severity s) {
        Map<Severity, Integer> merged = new EnumMap<>(DEFAULTS.penalties);
        if (penalties != null) {
            merged.putAll(penalties);
        }
        return merged.get(s);
    }
}
