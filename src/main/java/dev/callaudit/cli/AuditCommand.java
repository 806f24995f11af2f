package dev.callaudit.cli;

import dev.callaudit.checks.Finding;
import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.Inputs;
import dev.callaudit.engine.RunResult;
import dev.callaudit.engine.Runner;
import dev.callaudit.engine.Totals;
import dev.callaudit.io.InputException;
import dev.callaudit.io.ReadItem;
import dev.callaudit.report.ReportFormat;
import dev.callaudit.report.ReportOptions;
import dev.callaudit.report.ReportView;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesException;
import dev.callaudit.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code callaudit audit}: the main job. Options become a run; the run becomes a report and an exit code. */
@Command(name = "audit", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Audit transcripts (CSV, JSON, JSON Lines; files, folders or - for standard input) "
                + "and write a report.")
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (searched recursively) or - for standard input.")
    List<String> inputs;

    @Mixin
    RulesOptions rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--report", paramLabel = "VIEW", defaultValue = "agents",
            description = "View for table and csv: ${COMPLETION-CANDIDATES} (json holds them all). Default: ${DEFAULT-VALUE}.")
    ReportView view;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Exit 1 when any call scores below SCORE (0..100).")
    Integer failUnder;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit 1 when any finding is at least this severe: info, minor, major, critical.")
    Severity failOn;

    @Option(names = "--strict", description = "Exit 3 when any record is rejected as malformed.")
    boolean strict;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of the inputs (UTF-8, GBK, Big5, UTF-16...). A byte-order mark wins. Default: ${DEFAULT-VALUE}.")
    String encoding;

    @Option(names = "--default-agent", paramLabel = "ID", description = "Agent for records that name none.")
    String defaultAgent;

    @Option(names = "--bom", description = "Start CSV output with the UTF-8 byte-order mark Excel needs to show Chinese text.")
    boolean bom;

    @Option(names = "--no-redact", description = "Do not mask phone, account and ID numbers in quoted text.")
    boolean noRedact;

    @Option(names = {"-q", "--quiet"}, description = "No summary on standard error (errors and rejections still show).")
    boolean quiet;

    static final class SeverityConverter implements picocli.CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value);
        }
    }

    @Override
    public Integer call() {
        Charset charset = validate();
        PrintWriter err = spec.commandLine().getErr();
        RuleBook book;
        try {
            book = rules.load();
        } catch (RulesException e) {
            err.println("callaudit: " + e.located());
            err.flush();
            return ExitCode.USAGE.code();
        }
        if (rules.language != null && book.forLanguage(rules.language).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--lang " + rules.language + ": no rule pack for that language"
                    + " (packs: " + String.join(", ", book.packs().keySet()) + "; zh-TW, zh-Hant and zh-HK use zh-CN)");
        }
        Inputs.Expanded expanded = Inputs.expand(inputs, CallAuditCli.stdin());
        RunResult result = new Runner(book, new Runner.Options(charset, defaultAgent, rules.language))
                .run(expanded.sources(), expanded.errors(), Version.get());
        ExitCode exit = ExitCode.OK;
        try {
            writeReport(result);
        } catch (IOException e) {
            err.println("callaudit: " + (out == null ? "standard output" : out) + ": cannot write the report (" + e.getMessage() + ")");
            exit = ExitCode.INPUT;
        }
        for (InputException e : result.inputErrors()) {
            err.println("callaudit: " + e.located());
            exit = ExitCode.worst(exit, ExitCode.INPUT);
        }
        for (ReadItem.Rejected r : result.rejected()) {
            err.println(r.file() + ":" + r.line() + ": rejected" + (r.callId() == null ? "" : " call " + r.callId()) + ": " + r.reason());
        }
        for (String w : result.warnings()) {
            err.println(w + " (warning)");
        }
        Totals t = result.totals();
        if (t.read() == 0 && result.inputErrors().isEmpty()) {
            err.println("callaudit: no calls found in " + String.join(", ", inputs));
            exit = ExitCode.worst(exit, ExitCode.INPUT);
        }
        if (strict && t.rejected() > 0) {
            exit = ExitCode.worst(exit, ExitCode.INPUT);
        }
        String bar = barMissed(result);
        if (bar != null) {
            err.println("callaudit: " + bar);
            exit = ExitCode.worst(exit, ExitCode.BAR_MISSED);
        }
        if (!quiet) {
            err.println(summary(result));
        }
        err.flush();
        return exit.code();
    }

    private Charset validate() {
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new ParameterException(spec.commandLine(), "--fail-under must be 0..100, not " + failUnder);
        }
        if (bom && format != ReportFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "--bom goes with --format csv");
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoding " + encoding + ": unknown encoding (try UTF-8, GBK, Big5, UTF-16)");
        }
    }

    /** Writes to a temporary file beside --out and moves it in place, so a failed run never leaves half a report. */
    private void writeReport(RunResult result) throws IOException {
        ReportOptions options = new ReportOptions(view, !noRedact);
        if (out == null) {
            Writer w = spec.commandLine().getOut();
            if (bom) {
                w.write('\uFEFF');
            }
            format.writer().write(result, options, w);
            w.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                if (bom) {
                    w.write('\uFEFF');
                }
                format.writer().write(result, options, w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The one-line reason the bar was missed, or null when it was met. */
    private String barMissed(RunResult result) {
        StringWriter reasons = new StringWriter();
        if (failUnder != null) {
            List<CallResult> below = result.calls().stream().filter(c -> c.score().score() < failUnder).toList();
            if (!below.isEmpty()) {
                CallResult worst = below.stream().min(java.util.Comparator.comparingInt((CallResult c) -> c.score().score())
                        .thenComparingLong(CallResult::order)).orElseThrow();
                reasons.append(below.size() + " call" + (below.size() == 1 ? "" : "s") + " below --fail-under " + failUnder
                        + " (lowest: " + worst.callId() + " at " + worst.file() + ":" + worst.line() + ", score " + worst.score().score() + ")");
            }
        }
        if (failOn != null) {
            List<Finding> severe = result.calls().stream().flatMap(c -> c.findings().stream())
                    .filter(f -> f.severity().atLeast(failOn)).toList();
            if (!severe.isEmpty()) {
                Finding first = severe.get(0);
                if (reasons.getBuffer().length() > 0) {
                    reasons.append("; ");
                }
                reasons.append(severe.size() + " finding" + (severe.size() == 1 ? "" : "s") + " at or above --fail-on "
                        + failOn.key() + " (first: " + first.file() + ":" + first.line() + " " + first.severity().key() + " " + first.rule() + ")");
            }
        }
        return reasons.getBuffer().length() == 0 ? null : reasons.toString();
    }

    private static String summary(RunResult r) {
        Totals t = r.totals();
        return "callaudit " + r.version() + " · rules " + r.rulesHash() + " · " + t.files() + " file" + (t.files() == 1 ? "" : "s")
                + " · " + t.read() + (t.read() == 1 ? " call" : " calls") + " read: " + t.audited() + " audited, " + t.rejected() + " rejected · "
                + t.passed() + " passed, " + t.failed() + " failed · " + t.findings() + " finding" + (t.findings() == 1 ? "" : "s");
    }
}
