package dev.callaudit.cli;

import dev.callaudit.checks.Finding;
import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.Inputs;
import dev.callaudit.engine.Progress;
import dev.callaudit.engine.RunResult;
import dev.callaudit.engine.Runner;
import dev.callaudit.engine.Totals;
import dev.callaudit.io.InputException;
import dev.callaudit.io.ReadItem;
import dev.callaudit.report.ReportFiles;
import dev.callaudit.report.ReportFormat;
import dev.callaudit.report.ReportOptions;
import dev.callaudit.report.ReportView;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
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

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: table; with --out-dir a comma list, "
                    + "default csv,json,html,sarif,junit.")
    List<ReportFormat> formats;

    @Option(names = "--report", paramLabel = "VIEW", defaultValue = "agents",
            description = "View for table and csv: ${COMPLETION-CANDIDATES} (json holds them all). Default: ${DEFAULT-VALUE}.")
    ReportView view;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write every report of the run into DIR "
            + "(agents.csv, calls.csv, findings.csv, rejected.csv, report.json, report.html, report.sarif, report.junit.xml).")
    Path outDir;

    @Option(names = "--per", paramLabel = "WHAT", defaultValue = "call",
            description = "What --fail-under measures: call (any call below SCORE) or agent (any agent's mean). Default: ${DEFAULT-VALUE}.")
    Per per;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "How many calls to audit at once (default: one per core). The output is the same for any N.")
    int threads;

    @Option(names = "--timestamp", description = "Name the time of the run in the reports (off by default, so that two runs give the same bytes).")
    boolean timestamp;

    enum Per {
        CALL, AGENT;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Exit 1 when any call scores below SCORE (0..100).")
    Integer failUnder;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit 1 when any finding is at least this severe: info, minor, major, critical.")
    Severity failOn;

    @Option(names = "--strict", description = "Exit 3 when any record is rejected as malformed.")
    boolean strict;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--bom", description = "Start CSV output with the UTF-8 byte-order mark Excel needs to show Chinese text.")
    boolean bom;

    @Option(names = "--no-redact", description = "Do not mask phone, account and ID numbers in quoted text.")
    boolean noRedact;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary on standard error (errors and rejections still show).")
    boolean quiet;

    static final class SeverityConverter implements picocli.CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value);
        }
    }

    @Override
    public Integer call() {
        validate();
        PrintWriter err = spec.commandLine().getErr();
        RuleBook book = rules.loadOrReport(err, spec);
        if (book == null) {
            return ExitCode.USAGE.code();
        }
        Progress progress = quiet || System.console() == null ? Progress.NONE : new TerminalProgress(err, System::nanoTime);
        Runner.Options options = input.resolve(book.input(), spec, rules.language, progress, threads);
        Inputs.Expanded expanded = Inputs.expand(inputs, CallAuditCli.stdin());
        RunResult result = new Runner(book, options)
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
        result.calls().close();
        return exit.code();
    }

    private void validate() {
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be 0 (one per core) or more, not " + threads);
        }
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new ParameterException(spec.commandLine(), "--fail-under must be 0..100, not " + failUnder);
        }
        if (out != null && outDir != null) {
            throw new ParameterException(spec.commandLine(), "--out writes one report, --out-dir all of them: give one of the two");
        }
        if (outDir == null && formats != null && formats.size() > 1) {
            throw new ParameterException(spec.commandLine(), "several formats (" + formats + ") need --out-dir DIR");
        }
        if (bom && !chosenFormats().contains(ReportFormat.CSV)) {
            throw new ParameterException(spec.commandLine(), "--bom goes with --format csv");
        }
    }

    private List<ReportFormat> chosenFormats() {
        if (formats != null && !formats.isEmpty()) {
            return formats;
        }
        return outDir == null ? List.of(ReportFormat.TABLE)
                : java.util.Arrays.stream(ReportFormat.values()).filter(ReportFormat::inOutDirByDefault).toList();
    }

    /** Standard output, one file (--out), or every report into a folder (--out-dir); files are written atomically. */
    private void writeReport(RunResult result) throws IOException {
        ReportOptions options = new ReportOptions(view, !noRedact,
                timestamp ? java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString() : null);
        if (outDir != null) {
            List<String> written = ReportFiles.writeAll(outDir, chosenFormats(), result, options, bom);
            spec.commandLine().getErr().println("callaudit: wrote " + written.size() + " report" + (written.size() == 1 ? "" : "s")
                    + " to " + outDir + ": " + String.join(", ", written));
            return;
        }
        ReportFormat format = chosenFormats().get(0);
        if (out != null) {
            ReportFiles.write(out, format, result, options, bom);
            return;
        }
        Writer w = spec.commandLine().getOut();
        if (bom) {
            w.write('\uFEFF');
        }
        format.writer().write(result, options, w);
        w.flush();
    }

    /** The one-line reason the bar was missed, or null when it was met. */
    private String barMissed(RunResult result) {
        StringWriter reasons = new StringWriter();
        if (failUnder != null && per == Per.AGENT) {
            List<dev.callaudit.scoring.AgentStats> below = result.agents().stream().filter(a -> a.meanScore() < failUnder).toList();
            if (!below.isEmpty()) {
                dev.callaudit.scoring.AgentStats worst = below.stream().min(java.util.Comparator.comparingDouble(
                        dev.callaudit.scoring.AgentStats::meanScore)).orElseThrow();
                reasons.append(below.size() + " agent" + (below.size() == 1 ? "" : "s") + " with a mean below --fail-under " + failUnder
                        + " (lowest: " + worst.agentId() + ", mean " + dev.callaudit.report.Fmt.meanText(worst.meanScore()) + " over "
                        + worst.calls() + " calls)");
            }
        }
        if (failUnder != null && per == Per.CALL) {
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
                + t.passed() + " passed, " + t.failed() + " failed · " + t.findings() + " finding" + (t.findings() == 1 ? "" : "s")
                + (t.timingSkipped() == 0 ? "" : " · timing checks skipped for " + t.timingSkipped() + " call"
                + (t.timingSkipped() == 1 ? "" : "s") + " without timestamps");
    }
}
