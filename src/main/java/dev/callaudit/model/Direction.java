package dev.callaudit.model;

import java.util.Locale;
import java.util.Optional;

/** Inbound calls follow the service script; outbound ones are follow-ups (seed 003's 回访) with their own opening. */
public enum Direction {
    INBOUND, OUTBOUND;

    public static Optional<Direction> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(INBOUND);
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "inbound", "in", "呼入" -> Optional.of(INBOUND);
            case "outbound", "out", "呼出", "回访", "回訪" -> Optional.of(OUTBOUND);
            default -> Optional.empty();
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
