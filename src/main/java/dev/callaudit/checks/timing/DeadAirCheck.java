package dev.callaudit.checks.timing;

import dev.callaudit.checks.CheckResults;
import dev.callaudit.rules.TimingConfig;

/**
 * Dead air (seed 002: never leave the caller more than 30 s without a word, 最长不能超过30秒要给予回应):
 * a silence longer than {@code dead_air.max_gap_ms} where the agent owed the next word, announced hold
 * or not. The finding points at the turn that broke the silence and quotes the turns around it.
 */
public final class DeadAirCheck extends TimingCheck<TimingConfig.DeadAir> {
    public static final String ID = TimingConfig.DEAD_AIR;

    public DeadAirCheck() {
        super(ID);
    }

    @Override
    protected TimingConfig.DeadAir config(TimingConfig timing) {
        return timing.deadAir();
    }

    @Override
    void evaluate(TimingAnalysis a, TimingConfig.DeadAir config, CheckResults out) {
        for (TimingAnalysis.Gap g : a.gaps()) {
            if (a.reportedAs(g) != TimingAnalysis.Silence.DEAD_AIR) {
                continue;
            }
            String hold = g.announcedBy() != null ? "on hold since turn " + g.announcedBy()
                    : "with no hold announcement before it";
            out.finding(TimingCheck.finding(a, config, ID, g.after(), TimingAnalysis.seconds(g.ms()) + " of silence between "
                    + a.describe(g.before()) + " and " + a.describe(g.after()) + ", " + hold
                    + "; the agent owed the next word (at most " + TimingAnalysis.seconds(config.maxGapMsOrDefault()) + ")"));
        }
    }
}
