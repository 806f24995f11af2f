package dev.callaudit.rules;

import java.util.Map;

/**
 * How to read a site's exports, kept in the rules file so the nightly job needs no long command line:
 * the same settings as --map, --speaker-values, --delimiter, --encoding, --default-agent,
 * --direction (an outbound campaign's rules file can say its calls are outbound) and
 * --group-by-sort ({@code group_by_sort: true}; null when unset), which win when both are given.
 */
public record InputConfig(Map<String, String> map, Map<String, String> speakerValues, String delimiter,
                          String encoding, String defaultAgent, String direction, Boolean groupBySort) {

    public static final InputConfig NONE = new InputConfig(null, null, null, null, null, null, null);

    public InputConfig {
        map = map == null ? Map.of() : Map.copyOf(map);
        speakerValues = speakerValues == null ? Map.of() : Map.copyOf(speakerValues);
    }
}
