package dev.callaudit.checks.timing;

import dev.callaudit.checks.CheckResults;
import dev.callaudit.rules.TimingConfig;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Talk-over (seed 002: 不应该 和客户抢话,或打断客户; seed 000: 应耐心听客户讲完,不要抢话): the agent starting
 * to speak at least {@code talk_over.min_overlap_ms} before the customer's turn ended. Short
 * acknowledgements (嗯, 好, 是, ok, 네), which seed 002 asks for while the customer talks, are not
 * interruptions. One finding per call with more than {@code talk_over.max_per_call}, at the first.
 */
public final class TalkOverCheck extends TimingCheck<TimingConfig.TalkOver> {
    public static final String ID = TimingConfig.TALK_OVER;

    public TalkOverCheck() {
        super(ID);
    }

    @Override
    protected TimingConfig.TalkOver config(TimingConfig timing) {
        return timing.talkOver();
    }

    @Override
    void evaluate(TimingAnalysis a, TimingConfig.TalkOver config, CheckResults out) {
        List<TimingAnalysis.TalkOver> all = a.talkOvers();
        if (all.size() <= config.maxPerCallOrDefault()) {
            return;
        }
        String each = all.stream().map(t -> "turn " + t.agent() + " " + TimingAnalysis.seconds(t.overlapMs()) + " before "
                + a.describe(t.customer()) + " ended").collect(Collectors.joining("; "));
        out.finding(TimingCheck.finding(a, config, ID, all.get(0).agent(), "the agent started over the customer "
                + all.size() + (all.size() == 1 ? " time" : " times") + " (at most " + config.maxPerCallOrDefault() + "): " + each));
    }
}
