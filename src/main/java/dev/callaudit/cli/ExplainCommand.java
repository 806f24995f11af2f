package dev.callaudit.cli;

import dev.callaudit.engine.Inputs;
import dev.callaudit.engine.Runner;
import dev.callaudit.io.InputException;
import dev.callaudit.report.ExplainWriter;
import dev.callaudit.report.Redactor;
import dev.callaudit.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code callaudit explain INPUT --call ID}: one call, turn by turn, with why it scored what it did. */
@Command(name = "explain", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Show one call turn by turn: which turn satisfied which stage, each forbidden phrase with what to say "
                + "instead, and the score worked out.")
public final class ExplainCommand implements Callable<Integer> {

    enum ColorMode { AUTO, ALWAYS, NEVER;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or - for standard input.")
    List<String> inputs;

    @Option(names = "--call", paramLabel = "ID", description = "The call to show (may be left out when the input holds one call).")
    String callId;

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--no-redact", description = "Do not mask phone, account and ID numbers (masked as in the reports by default).")
    boolean noRedact;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = ColorConverter.class,
            description = "auto (colours on a terminal, plain when piped or when NO_COLOR is set), always or never.")
    ColorMode color;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleBook book = rules.loadOrReport(err, spec);
        if (book == null) {
            return ExitCode.USAGE.code();
        }
        Runner runner = new Runner(book, input.resolve(book.input(), spec, rules.language, dev.callaudit.engine.Progress.NONE, 1));
        Inputs.Expanded expanded = Inputs.expand(inputs, CallAuditCli.stdin());
        for (InputException e : expanded.errors()) {
            err.println("callaudit: " + e.located());
        }
        if (!expanded.errors().isEmpty()) {
            err.flush();
            return ExitCode.INPUT.code();
        }
        try {
            Runner.Explained explained = runner.explain(expanded.sources(), callId);
            new ExplainWriter(colored(), new Redactor(!noRedact)).write(explained, out);
            return ExitCode.OK.code();
        } catch (InputException e) {
            err.println("callaudit: " + e.located());
            err.flush();
            return ExitCode.INPUT.code();
        }
    }

    private boolean colored() {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    static final class ColorConverter implements picocli.CommandLine.ITypeConverter<ColorMode> {
        @Override
        public ColorMode convert(String value) {
            try {
                return ColorMode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected auto, always or never, not '" + value + "'");
            }
        }
    }
}
