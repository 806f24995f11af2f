package dev.callaudit.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of wrong a forbidden phrase is; a fixed list so that reports can be filtered without typos. */
public enum Category {
    IMPATIENCE, SHIRKING, BLAMING, RUDENESS, UNCERTAINTY, GREETING, PRIVACY, OTHER;

    @JsonCreator
    public static Category parse(String raw) {
        for (Category c : values()) {
            if (c.key().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + raw + "' is not a category (expected "
                + Arrays.stream(values()).map(Category::key).collect(Collectors.joining(", ")) + ")");
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
