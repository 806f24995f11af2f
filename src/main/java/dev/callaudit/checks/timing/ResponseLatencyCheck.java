package dev.callaudit.checks.timing;

import dev.callaudit.checks.CheckResults;
import dev.callaudit.rules.TimingConfig;

import java.util.Comparator;
import java.util.List;

/**
 * Response latency (seed 002: answer within 5 s, 要在客户第一次提问5秒内作出正确解答): the time from the
 * end of a customer turn to the agent's next words. Every response goes into the call's figures (the
 * per-agent median and 90th percentile); one finding per call when answers came slower than
 * {@code response_latency.max_ms}, at the slowest, counting only silences no other rule reported.
 */
public final class ResponseLatencyCheck extends TimingCheck<TimingConfig.ResponseLatency> {
    public static final String ID = TimingConfig.RESPONSE_LATENCY;

    public ResponseLatencyCheck() {
        super(ID);
    }

    @Override
    protected TimingConfig.ResponseLatency config(TimingConfig timing) {
        return timing.responseLatency();
    }

    @Override
    void evaluate(TimingAnalysis a, TimingConfig.ResponseLatency config, CheckResults out) {
        List<TimingAnalysis.Gap> slow = a.gaps().stream()
                .filter(g -> a.reportedAs(g) == TimingAnalysis.Silence.SLOW_RESPONSE).toList();
        if (slow.isEmpty()) {
            return;
        }
        TimingAnalysis.Gap slowest = slow.stream().max(Comparator.comparingLong(TimingAnalysis.Gap::ms)
                .thenComparing(TimingAnalysis.Gap::after, Comparator.reverseOrder())).orElseThrow();
        int answers = a.responses().size();
        out.finding(TimingCheck.finding(a, config, ID, slowest.after(), slow.size() + " of " + answers + " answer"
                + (answers == 1 ? "" : "s") + " came more than " + TimingAnalysis.seconds(config.maxMsOrDefault())
                + " after the customer finished; the slowest " + TimingAnalysis.seconds(slowest.ms()) + ", "
                + a.describe(slowest.after()) + " after " + a.describe(slowest.before())));
    }
}
