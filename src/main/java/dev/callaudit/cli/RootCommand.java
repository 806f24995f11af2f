package dev.callaudit.cli;

import picocli.CommandLine.Command;

/** {@code callaudit}: nothing of its own but the subcommands, help and version. */
@Command(name = "callaudit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Audits customer-service call transcripts against a service script.",
        subcommands = {AuditCommand.class, ExplainCommand.class, RulesCommand.class, InitCommand.class, picocli.CommandLine.HelpCommand.class})
public final class RootCommand {
}
