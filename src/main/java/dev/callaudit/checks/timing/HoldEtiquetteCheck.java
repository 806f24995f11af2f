package dev.callaudit.checks.timing;

import dev.callaudit.checks.CheckResults;
import dev.callaudit.rules.TimingConfig;

/**
 * Hold etiquette (seeds 000, 001, 003, 004): a wait longer than {@code hold.long_wait_ms} is announced
 * first (请您稍等,我帮您查询 / 請您稍等 / 잠시만 기다려 주세요 / please hold), and the agent's first turn
 * after it thanks or apologizes for it (感谢您的耐心等待 / 让您久等了 / 기다리게 해서 죄송합니다 / thank you
 * for holding). Two findings: {@code hold_unannounced} at the turn that broke a long silence nobody
 * announced, and {@code hold_thanks} at the agent's turn back from an announced hold that says no thanks.
 */
public final class HoldEtiquetteCheck extends TimingCheck<TimingConfig.Hold> {
    public static final String ID = "hold";

    public HoldEtiquetteCheck() {
        super(ID);
    }

    @Override
    protected TimingConfig.Hold config(TimingConfig timing) {
        return timing.hold();
    }

    @Override
    void evaluate(TimingAnalysis a, TimingConfig.Hold config, CheckResults out) {
        String limit = TimingAnalysis.seconds(config.longWaitMsOrDefault());
        for (TimingAnalysis.Gap g : a.gaps()) {
            if (a.reportedAs(g) == TimingAnalysis.Silence.UNANNOUNCED_HOLD) {
                out.finding(TimingCheck.finding(a, config, TimingConfig.HOLD_UNANNOUNCED, g.after(),
                        TimingAnalysis.seconds(g.ms()) + " of silence between " + a.describe(g.before()) + " and "
                                + a.describe(g.after()) + " with no hold announcement before it (a wait over " + limit
                                + " is announced first)"));
            }
        }
        for (TimingAnalysis.Wait w : a.waits()) {
            if (w.silenceMs() > config.longWaitMsOrDefault() && !a.thanksForWaiting(w.resumedAt())) {
                out.finding(TimingCheck.finding(a, config, TimingConfig.HOLD_THANKS, w.resumedAt(),
                        "back after " + TimingAnalysis.seconds(w.silenceMs()) + " on hold (announced in "
                                + a.describe(w.announcedBy()) + ") without thanking or apologizing for the wait (needed after "
                                + limit + ")"));
            }
        }
    }
}
