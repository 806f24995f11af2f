package dev.callaudit.cli;

import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point. {@link #run} does everything and returns the exit code, with its streams injected,
 * so tests drive the real CLI; only {@link #main} exits.
 */
public final class CallAuditCli {
    private static volatile InputStream stdin = System.in;

    private CallAuditCli() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err, System.in);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        stdin = in;
        CommandLine cmd = new CommandLine(new RootCommand());
        // a command line that starts with a subcommand's name needs no other subcommand: building each
        // one's model from its annotations is a good part of a short run's start-up. Anything else (no
        // arguments, --help, help audit, @file) gets them all.
        String named = args.length > 0 && !args[0].equals("help") && RootCommand.SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
        RootCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cmd.addSubcommand(name, command.get());
            }
        });
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("callaudit: " + ex.getMessage());
            c.getErr().println("Try 'callaudit " + (c.getCommandName().equals("callaudit") ? "" : c.getCommandName() + " ") + "--help'.");
            c.getErr().flush();
            return ExitCode.USAGE.code();
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("callaudit: internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + " (set CALLAUDIT_DEBUG=1 for details; please report it)");
            if (System.getenv("CALLAUDIT_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return ExitCode.INTERNAL.code();
        });
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
        }
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
        return cmd.execute(args);
    }

    static InputStream stdin() {
        return stdin;
    }
}
