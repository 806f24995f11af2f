package dev.callaudit.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Finding severity, lowest first; the order is what {@code --fail-on} compares. */
public enum Severity {
    INFO, MINOR, MAJOR, CRITICAL;

    @JsonCreator
    public static Severity parse(String raw) {
        for (Severity s : values()) {
            if (s.key().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + raw + "' is not a severity (expected " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(Severity::key).collect(Collectors.joining(", "));
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
