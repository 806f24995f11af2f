package dev.callaudit.checks.timing;

import java.util.Arrays;

/**
 * One call's timing figures, kept with its result (and spilled to disk with it) for the reports and
 * the per-agent sums. Everything but {@code status} is zero unless the call is {@link TimingView.Status#TIMED}.
 *
 * @param latenciesMs     each response's latency: from the end of a customer turn to the agent's next words
 * @param agentTalkMs     the agent's turns' total duration
 * @param customerTalkMs  the customer's turns' total duration
 * @param unit            what {@code agentUnits} counts: {@code syllables} or {@code words}
 * @param agentUnits      syllables or words in the agent turns measured for speaking rate
 * @param agentSpeakingMs the duration of those turns
 * @param talkOvers       times the agent started over the customer
 * @param deadAir         silences longer than the dead-air threshold where the agent owed the next word
 */
public record TimingMetrics(TimingView.Status status, long[] latenciesMs, long agentTalkMs, long customerTalkMs,
                            String unit, long agentUnits, long agentSpeakingMs, int talkOvers, int deadAir) {

    public static final TimingMetrics NO_TIMESTAMPS = skipped(TimingView.Status.NO_TIMESTAMPS);
    public static final TimingMetrics INVALID = skipped(TimingView.Status.INVALID);

    public TimingMetrics {
        latenciesMs = latenciesMs == null ? new long[0] : latenciesMs.clone();
    }

    private static TimingMetrics skipped(TimingView.Status status) {
        return new TimingMetrics(status, null, 0, 0, null, 0, 0, 0, 0);
    }

    public boolean timed() {
        return status == TimingView.Status.TIMED;
    }

    @Override
    public long[] latenciesMs() {
        return latenciesMs.clone();
    }

    /** The agent's share of the time anyone spoke, 0..1; null when nobody spoke or the call is not timed. */
    public Double talkShare() {
        long total = agentTalkMs + customerTalkMs;
        return !timed() || total == 0 ? null : (double) agentTalkMs / total;
    }

    /** Syllables or words per minute over the measured agent turns; null when none were measured. */
    public Double unitsPerMinute() {
        return !timed() || agentSpeakingMs == 0 ? null : agentUnits * 60_000.0 / agentSpeakingMs;
    }

    /** The median response latency (nearest rank); null without responses. */
    public Long medianLatencyMs() {
        return quantile(0.5);
    }

    /** The 90th percentile response latency (nearest rank); null without responses. */
    public Long p90LatencyMs() {
        return quantile(0.9);
    }

    private Long quantile(double q) {
        if (latenciesMs.length == 0) {
            return null;
        }
        long[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimingMetrics m && status == m.status && Arrays.equals(latenciesMs, m.latenciesMs)
                && agentTalkMs == m.agentTalkMs && customerTalkMs == m.customerTalkMs && java.util.Objects.equals(unit, m.unit)
                && agentUnits == m.agentUnits && agentSpeakingMs == m.agentSpeakingMs && talkOvers == m.talkOvers
                && deadAir == m.deadAir;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(status, Arrays.hashCode(latenciesMs), agentTalkMs, customerTalkMs, unit, agentUnits,
                agentSpeakingMs, talkOvers, deadAir);
    }

    @Override
    public String toString() {
        return "TimingMetrics[" + status + ", latencies " + Arrays.toString(latenciesMs) + ", agent " + agentTalkMs
                + " ms, customer " + customerTalkMs + " ms, " + agentUnits + " " + unit + " in " + agentSpeakingMs
                + " ms, talk-overs " + talkOvers + ", dead air " + deadAir + "]";
    }
}
