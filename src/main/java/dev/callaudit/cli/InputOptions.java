package dev.callaudit.cli;

import dev.callaudit.engine.Progress;
import dev.callaudit.engine.Runner;
import dev.callaudit.model.Direction;
import dev.callaudit.rules.InputConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to read the inputs, shared by the commands that read transcripts ({@code audit}, {@code explain}):
 * each setting from the command line, else from the rules files' {@code input:} section, else the default.
 */
public final class InputOptions {
    private static final Set<String> FIELDS = Set.of("call_id", "agent_id", "agent_name", "customer_name", "language",
            "direction", "turn", "speaker", "text", "start_ms", "end_ms");

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the inputs (UTF-8, GBK, Big5, UTF-16...). A byte-order mark wins. Default: UTF-8.")
    String encoding;

    @Option(names = "--default-agent", paramLabel = "ID", description = "Agent for records that name none.")
    String defaultAgent;

    @Option(names = "--direction", paramLabel = "DIR",
            description = "Direction of calls whose record names none: inbound (default) or outbound (a follow-up campaign).")
    String direction;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", split = ",",
            description = "Read an export's own column names: speaker=Role,text=Utterance,call_id=ConversationId,agent_id=AgentName.")
    Map<String, String> columnMap = new LinkedHashMap<>();

    @Option(names = "--speaker-values", paramLabel = "SPEAKER=VALUE", split = ",",
            description = "What the export calls each side: agent=A,customer=C (several values: agent=A|Rep; channels: agent=0).")
    Map<String, String> speakerValues = new LinkedHashMap<>();

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV separator: comma, tab or semicolon (default: detected from the header).")
    String delimiter;

    @Option(names = "--group-by-sort", negatable = true,
            description = "Group a CSV's rows by call_id first, for exports whose calls are interleaved: an external sort in the "
                    + "temporary folder, memory bounded. Calls keep the order of their first row, rows their file order and line.")
    Boolean groupBySort;

    /**
     * The run's options from these settings and the rules files' {@code input:} section; checked here
     * because the rules files are only known now.
     */
    Runner.Options resolve(InputConfig config, CommandSpec spec, String language, Progress progress, int threads) {
        Map<String, String> columns = new LinkedHashMap<>(columnMap.isEmpty() ? config.map() : columnMap);
        Map<String, String> speakers = speakerValues.isEmpty() ? config.speakerValues() : speakerValues;
        String sep = delimiter != null ? delimiter : config.delimiter();
        String charsetName = encoding != null ? encoding : config.encoding() != null ? config.encoding() : "UTF-8";
        String agent = defaultAgent != null ? defaultAgent : config.defaultAgent();
        String dir = direction != null ? direction : config.direction();
        boolean group = groupBySort != null ? groupBySort : Boolean.TRUE.equals(config.groupBySort());
        Direction defaultDirection = Direction.parse(dir).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--direction (or input.direction in the rules) " + dir + ": expected inbound or outbound"));
        for (String f : columns.keySet()) {
            if (!FIELDS.contains(f)) {
                throw new ParameterException(spec.commandLine(), "--map (or input.map in the rules) " + f
                        + "=...: no such field (fields: " + String.join(", ", new TreeSet<>(FIELDS)) + ")");
            }
        }
        Map<String, String> theirSpeakerToOurs = new HashMap<>();
        for (Map.Entry<String, String> e : speakers.entrySet()) {
            if (!e.getKey().equals("agent") && !e.getKey().equals("customer")) {
                throw new ParameterException(spec.commandLine(), "--speaker-values " + e.getKey() + "=...: expected agent=... and customer=...");
            }
            for (String v : e.getValue().split("\\|")) {
                theirSpeakerToOurs.put(v.strip(), e.getKey());
            }
        }
        char separator = separator(sep, spec);
        Charset charset;
        try {
            charset = Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoding " + charsetName + ": unknown encoding (try UTF-8, GBK, Big5, UTF-16)");
        }
        return new Runner.Options(charset, agent, language, progress, columns, theirSpeakerToOurs, separator, threads, defaultDirection,
                group);
    }

    private static char separator(String delimiter, CommandSpec spec) {
        if (delimiter == null) {
            return 0;
        }
        return switch (delimiter.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "tab", "\\t", "\t" -> '\t';
            case ";", "semicolon" -> ';';
            case ",", "comma" -> ',';
            case "|", "pipe" -> '|';
            default -> throw new ParameterException(spec.commandLine(), "--delimiter " + delimiter + ": expected comma, tab, semicolon or pipe");
        };
    }
}
