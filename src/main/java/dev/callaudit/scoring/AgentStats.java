package dev.callaudit.scoring;

import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;
import dev.callaudit.checks.timing.TimingMetrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agent's figures as sums and counts only (response latencies as a fixed-bucket histogram), so that stats built by several threads (or machines)
 * merge into exactly what one thread would have built. Means and rates are derived at the end.
 */
public final class AgentStats {
    private final String agentId;
    private String agentName;
    private long nameOrder = Long.MAX_VALUE;
    private long calls;
    private long passed;
    private long scoreSum;
    private int minScore = Integer.MAX_VALUE;
    private long forbiddenHits;
    private final Map<String, long[]> stages = new LinkedHashMap<>(); // key -> {passed, applicable}
    private final Map<String, Long> phrases = new TreeMap<>();
    // timing, over the agent's timed calls only
    private long timedCalls;
    private final LatencyHistogram latency = new LatencyHistogram();
    private long agentTalkMs;
    private long customerTalkMs;
    private final Map<String, long[]> speech = new TreeMap<>(); // unit -> {units, ms}
    private long talkOvers;
    private long deadAir;

    public AgentStats(String agentId) {
        this.agentId = agentId;
    }

    /** @param order the call's position in the input, so the agent's name is the one of its first call whatever the merge order */
    public void add(long order, String name, CallScore score, Map<String, StageResult> stageResults, List<Finding> findings) {
        add(order, name, score, stageResults, findings, null);
    }

    /** @param timing the call's timing figures; they count only when the call was timed */
    public void add(long order, String name, CallScore score, Map<String, StageResult> stageResults, List<Finding> findings,
                    TimingMetrics timing) {
        if (timing != null && timing.timed()) {
            timedCalls++;
            for (long ms : timing.latenciesMs()) {
                latency.add(ms);
            }
            agentTalkMs += timing.agentTalkMs();
            customerTalkMs += timing.customerTalkMs();
            if (timing.agentSpeakingMs() > 0) {
                long[] s = speech.computeIfAbsent(timing.unit(), u -> new long[2]);
                s[0] += timing.agentUnits();
                s[1] += timing.agentSpeakingMs();
            }
            talkOvers += timing.talkOvers();
            deadAir += timing.deadAir();
        }
        if (name != null && !name.isBlank() && order < nameOrder) {
            agentName = name;
            nameOrder = order;
        }
        calls++;
        scoreSum += score.score();
        minScore = Math.min(minScore, score.score());
        if (score.passed()) {
            passed++;
        }
        stageResults.forEach((k, r) -> {
            long[] c = stages.computeIfAbsent(k, x -> new long[2]);
            if (r.applicable()) {
                c[1]++;
                if (r.passed()) {
                    c[0]++;
                }
            }
        });
        for (Finding f : findings) {
            if (f.kind() == Finding.Kind.FORBIDDEN) {
                forbiddenHits++;
                phrases.merge(f.rule(), 1L, Long::sum);
            }
        }
    }

    public void merge(AgentStats other) {
        if (other.nameOrder < nameOrder) {
            agentName = other.agentName;
            nameOrder = other.nameOrder;
        }
        calls += other.calls;
        passed += other.passed;
        scoreSum += other.scoreSum;
        minScore = Math.min(minScore, other.minScore);
        forbiddenHits += other.forbiddenHits;
        other.stages.forEach((k, c) -> {
            long[] mine = stages.computeIfAbsent(k, x -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        other.phrases.forEach((k, v) -> phrases.merge(k, v, Long::sum));
        timedCalls += other.timedCalls;
        latency.merge(other.latency);
        agentTalkMs += other.agentTalkMs;
        customerTalkMs += other.customerTalkMs;
        other.speech.forEach((unit, s) -> {
            long[] mine = speech.computeIfAbsent(unit, u -> new long[2]);
            mine[0] += s[0];
            mine[1] += s[1];
        });
        talkOvers += other.talkOvers;
        deadAir += other.deadAir;
    }

    public String agentId() {
        return agentId;
    }

    public String agentName() {
        return agentName == null ? "" : agentName;
    }

    public long calls() {
        return calls;
    }

    public double meanScore() {
        return calls == 0 ? 0 : (double) scoreSum / calls;
    }

    public int minScore() {
        return calls == 0 ? 0 : minScore;
    }

    public double passRate() {
        return calls == 0 ? 0 : (double) passed / calls;
    }

    /** Share of the calls where the stage applied that passed it; null when it never applied. */
    public Double stageRate(String stage) {
        long[] c = stages.get(stage);
        return c == null || c[1] == 0 ? null : (double) c[0] / c[1];
    }

    public double forbiddenPerCall() {
        return calls == 0 ? 0 : (double) forbiddenHits / calls;
    }

    public long forbiddenHits() {
        return forbiddenHits;
    }

    /** How many of the agent's calls had usable timestamps; every timing figure below is over these. */
    public long timedCalls() {
        return timedCalls;
    }

    /** Median response latency in ms, read from the histogram (the top of its 0.1 s bucket under 10 s); null without responses. */
    public Long medianLatencyMs() {
        return latency.quantile(0.5);
    }

    /** 90th percentile response latency in ms, as {@link #medianLatencyMs()}; null without responses. */
    public Long p90LatencyMs() {
        return latency.quantile(0.9);
    }

    public long responses() {
        return latency.count();
    }

    /** Average speaking rate in this unit ({@code syllables} or {@code words}) a minute, weighted by speaking time; null when none was measured. */
    public Double speakingRate(String unit) {
        long[] s = speech.get(unit);
        return s == null || s[1] == 0 ? null : s[0] * 60_000.0 / s[1];
    }

    /** The agent's share of the talk time over its timed calls; null when it has none. */
    public Double talkShare() {
        long total = agentTalkMs + customerTalkMs;
        return timedCalls == 0 || total == 0 ? null : (double) agentTalkMs / total;
    }

    public long talkOvers() {
        return talkOvers;
    }

    public long deadAir() {
        return deadAir;
    }

    /** Talk-overs per timed call; null when the agent has no timed calls. */
    public Double talkOversPerCall() {
        return timedCalls == 0 ? null : (double) talkOvers / timedCalls;
    }

    /** Dead-air silences per timed call; null when the agent has no timed calls. */
    public Double deadAirPerCall() {
        return timedCalls == 0 ? null : (double) deadAir / timedCalls;
    }

    /** The agent's most frequent forbidden phrases, most frequent first, ties by rule id. */
    public List<Map.Entry<String, Long>> topPhrases(int n) {
        List<Map.Entry<String, Long>> all = new ArrayList<>(phrases.entrySet());
        all.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return all.subList(0, Math.min(n, all.size()));
    }
}
