package dev.callaudit.cli;

import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code callaudit}: nothing of its own but the subcommands, help and version. The subcommands are
 * {@link #SUBCOMMANDS}, registered by {@link CallAuditCli} (only the one a command line names, when it
 * names one: picocli reads each command's annotations when it is registered).
 */
@Command(name = "callaudit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Audits customer-service call transcripts against a service script.")
public final class RootCommand {
    /** The subcommands by name, in the order {@code --help} lists them. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("audit", AuditCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("init", InitCommand::new);
        m.put("help", picocli.CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }
}
