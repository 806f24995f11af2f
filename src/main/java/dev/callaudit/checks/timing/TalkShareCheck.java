package dev.callaudit.checks.timing;

import dev.callaudit.checks.CheckResults;
import dev.callaudit.rules.TimingConfig;

/**
 * Talk share: the agent's share of the call's speaking time, in every call's and agent's figures. The
 * seeds give no number (002 only warns against letting the customer run the call, 主动权在客户手中,
 * and against talking over them), so a finding comes only from a {@code talk_share.min} or
 * {@code talk_share.max} a rules file sets; it points at the agent's first turn.
 */
public final class TalkShareCheck extends TimingCheck<TimingConfig.TalkShare> {
    public static final String ID = TimingConfig.TALK_SHARE;

    public TalkShareCheck() {
        super(ID);
    }

    @Override
    protected TimingConfig.TalkShare config(TimingConfig timing) {
        return timing.talkShare();
    }

    @Override
    void evaluate(TimingAnalysis a, TimingConfig.TalkShare config, CheckResults out) {
        TimingMetrics m = a.metrics();
        Double share = m.talkShare();
        if (share == null) {
            return;
        }
        String bound = null;
        if (config.max() != null && share > config.max()) {
            bound = "at most " + percent(config.max());
        } else if (config.min() != null && share < config.min()) {
            bound = "at least " + percent(config.min());
        }
        if (bound == null) {
            return;
        }
        int at = a.call().call().turns().stream().filter(t -> t.isAgent()).findFirst()
                .orElse(a.call().call().turns().get(0)).index();
        out.finding(TimingCheck.finding(a, config, ID, at, "the agent spoke " + percent(share) + " of the talk time (agent "
                + TimingAnalysis.seconds(m.agentTalkMs()) + ", customer " + TimingAnalysis.seconds(m.customerTalkMs()) + "); "
                + bound));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
