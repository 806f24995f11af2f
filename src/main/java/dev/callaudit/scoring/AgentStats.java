package dev.callaudit.scoring;

import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agent's figures as sums and counts only, so that stats built by several threads (or machines)
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

    public AgentStats(String agentId) {
        this.agentId = agentId;
    }

    /** @param order the call's position in the input, so the agent's name is the one of its first call whatever the merge order */
    public void add(long order, String name, CallScore score, Map<String, StageResult> stageResults, List<Finding> findings) {
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

    /** The agent's most frequent forbidden phrases, most frequent first, ties by rule id. */
    public List<Map.Entry<String, Long>> topPhrases(int n) {
        List<Map.Entry<String, Long>> all = new ArrayList<>(phrases.entrySet());
        all.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return all.subList(0, Math.min(n, all.size()));
    }
}
