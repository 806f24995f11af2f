package dev.callaudit.io;

import dev.callaudit.model.Direction;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to read: the text encoding (UTF-8 unless the user says GBK, Big5...), the agent for records
 * that carry none, where warnings go (file:line: message), and how to read an export that is not in
 * our own shape: {@code columns} maps our field names to the export's ({@code speaker -> Role}),
 * {@code speakerValues} the export's speaker values to ours ({@code "0" -> agent}), and
 * {@code delimiter} is the CSV separator (0: detect comma, tab or semicolon from the header);
 * {@code defaultDirection} is the direction of records that name none (an outbound campaign's export);
 * {@code groupBySort} groups a CSV's rows by call before reading them (an export whose calls are
 * interleaved), through an external sort in the temporary folder; other formats ignore it.
 */
public record ReadOptions(Charset encoding, String defaultAgent, Consumer<String> warnings,
                          Map<String, String> columns, Map<String, String> speakerValues, char delimiter,
                          Direction defaultDirection, boolean groupBySort) {

    public ReadOptions {
        defaultDirection = defaultDirection == null ? Direction.INBOUND : defaultDirection;
    }

    public ReadOptions(Charset encoding, String defaultAgent, Consumer<String> warnings,
                       Map<String, String> columns, Map<String, String> speakerValues, char delimiter) {
        this(encoding, defaultAgent, warnings, columns, speakerValues, delimiter, Direction.INBOUND, false);
    }

    public ReadOptions(Charset encoding, String defaultAgent, Consumer<String> warnings) {
        this(encoding, defaultAgent, warnings, Map.of(), Map.of(), (char) 0);
    }

    /** The same options with the rows of a CSV grouped by call first ({@code --group-by-sort}). */
    public ReadOptions groupedBySort() {
        return new ReadOptions(encoding, defaultAgent, warnings, columns, speakerValues, delimiter, defaultDirection, true);
    }

    /** Our speaker value ("agent", "customer") for an export's value, through --speaker-values when given. */
    public String speaker(String raw) {
        if (raw == null) {
            return null;
        }
        String mapped = speakerValues.get(raw.strip());
        return mapped != null ? mapped : raw;
    }
}
