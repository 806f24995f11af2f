package dev.callaudit.report;

import dev.callaudit.checks.CheckRegistry;
import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;
import dev.callaudit.checks.timing.TimingMetrics;
import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.RunResult;
import dev.callaudit.io.ReadItem;
import dev.callaudit.rules.TimingConfig;
import dev.callaudit.scoring.AgentStats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows of each view, with their column names, shared by the CSV and table writers so the two
 * never disagree. The column names are a contract with spreadsheets: add at the end, never rename.
 */
final class Rows {
    static final int TOP_PHRASES = 3;

    record Table(List<String> header, List<List<String>> rows) {
    }

    private Rows() {
    }

    static Table of(RunResult r, ReportView view, Redactor redactor) {
        return switch (view) {
            case AGENTS -> agents(r);
            case CALLS -> calls(r);
            case FINDINGS -> findings(r, redactor);
            case REJECTED -> rejected(r, redactor);
        };
    }

    private static Table agents(RunResult r) {
        List<String> header = new ArrayList<>(List.of("agent_id", "agent_name", "calls", "mean_score", "min_score", "pass_rate"));
        CheckRegistry.stageKeys().forEach(k -> header.add(k + "_rate"));
        header.addAll(List.of("forbidden_per_call", "top_phrases"));
        header.addAll(AGENT_TIMING);
        List<List<String>> rows = new ArrayList<>();
        for (AgentStats a : r.agents()) {
            List<String> row = new ArrayList<>(List.of(a.agentId(), a.agentName(), Long.toString(a.calls()),
                    Fmt.meanText(a.meanScore()), Integer.toString(a.minScore()), Fmt.rateText(a.passRate())));
            CheckRegistry.stageKeys().forEach(k -> row.add(Fmt.rateText(a.stageRate(k))));
            row.add(Fmt.rateText(a.forbiddenPerCall()));
            row.add(topPhrases(a));
            row.add(Long.toString(a.timedCalls()));
            row.add(Fmt.secondsText(a.medianLatencyMs()));
            row.add(Fmt.secondsText(a.p90LatencyMs()));
            row.add(Fmt.perMinuteText(a.speakingRate(SYLLABLES)));
            row.add(Fmt.perMinuteText(a.speakingRate(WORDS)));
            row.add(Fmt.rateText(a.talkShare()));
            row.add(Fmt.rateText(a.talkOversPerCall()));
            row.add(Fmt.rateText(a.deadAirPerCall()));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** The timing columns of the agents view, over the agent's timed calls; empty when it has none. */
    static final List<String> AGENT_TIMING = List.of("timed_calls", "median_latency_s", "p90_latency_s", "syllables_per_min",
            "words_per_min", "talk_share", "talk_overs_per_call", "dead_air_per_call");
    /** The timing columns of the calls view; empty unless the call was timed. */
    static final List<String> CALL_TIMING = List.of("timing", "median_latency_s", "p90_latency_s", "syllables_per_min",
            "words_per_min", "talk_share", "talk_overs", "dead_air");
    static final String SYLLABLES = TimingConfig.Unit.SYLLABLES.key();
    static final String WORDS = TimingConfig.Unit.WORDS.key();

    static String topPhrases(AgentStats a) {
        return a.topPhrases(TOP_PHRASES).stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining("; "));
    }

    private static Table calls(RunResult r) {
        List<String> header = new ArrayList<>(List.of("file", "line", "call_id", "agent_id", "agent_name", "pack", "turns",
                "score", "passed", "auto_failed"));
        header.addAll(CheckRegistry.stageKeys());
        header.add("forbidden_hits");
        header.addAll(CALL_TIMING);
        List<List<String>> rows = new ArrayList<>();
        for (CallResult c : r.calls()) {
            List<String> row = new ArrayList<>(List.of(c.file(), Integer.toString(c.line()), c.callId(), c.agentId(),
                    c.agentName() == null ? "" : c.agentName(), c.pack(), Integer.toString(c.turns()),
                    Integer.toString(c.score().score()), Boolean.toString(c.score().passed()),
                    Boolean.toString(c.score().autoFailed())));
            for (String k : CheckRegistry.stageKeys()) {
                StageResult s = c.stages().get(k);
                row.add(s == null ? "" : s.status().key());
            }
            row.add(Long.toString(c.findings().stream().filter(f -> f.kind() == Finding.Kind.FORBIDDEN).count()));
            TimingMetrics t = c.timing();
            boolean timed = t.timed();
            row.add(t.status().key());
            row.add(Fmt.secondsText(t.medianLatencyMs()));
            row.add(Fmt.secondsText(t.p90LatencyMs()));
            row.add(Fmt.perMinuteText(SYLLABLES.equals(t.unit()) ? t.unitsPerMinute() : null));
            row.add(Fmt.perMinuteText(WORDS.equals(t.unit()) ? t.unitsPerMinute() : null));
            row.add(Fmt.rateText(t.talkShare()));
            row.add(timed ? Integer.toString(t.talkOvers()) : "");
            row.add(timed ? Integer.toString(t.deadAir()) : "");
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private static Table findings(RunResult r, Redactor redactor) {
        List<String> header = List.of("file", "line", "call_id", "agent_id", "turn", "kind", "rule", "severity",
                "text", "match", "suggestion", "message");
        List<List<String>> rows = new ArrayList<>();
        for (CallResult c : r.calls()) {
            for (Finding f : c.findings()) {
                rows.add(List.of(f.file(), Integer.toString(f.line()), f.callId(), f.agentId(), Integer.toString(f.turn()),
                        f.kind().key(), f.rule(), f.severity().key(), nz(redactor.mask(f.text())), nz(redactor.mask(f.match())),
                        nz(f.suggestion()), nz(redactor.mask(f.message()))));
            }
        }
        return new Table(header, rows);
    }

    private static Table rejected(RunResult r, Redactor redactor) {
        List<String> header = List.of("file", "line", "call_id", "reason");
        List<List<String>> rows = new ArrayList<>();
        for (ReadItem.Rejected x : r.rejected()) {
            rows.add(List.of(x.file(), Integer.toString(x.line()), nz(x.callId()), redactor.mask(x.reason())));
        }
        return new Table(header, rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
