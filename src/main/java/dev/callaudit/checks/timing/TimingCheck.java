package dev.callaudit.checks.timing;

import dev.callaudit.checks.AnalyzedCall;
import dev.callaudit.checks.Check;
import dev.callaudit.checks.CheckResults;
import dev.callaudit.checks.Finding;
import dev.callaudit.model.Call;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.TimingConfig;

/**
 * The shape every timing check shares: the call's timing figures go into its results whatever the
 * check finds; a call whose times cannot be used says why once (a located warning) and is not judged;
 * a check switched off ({@code enabled: false}) reports nothing; the rest is the check's own rule.
 */
public abstract class TimingCheck<C extends TimingConfig.CheckConfig> implements Check {
    private final String id;

    protected TimingCheck(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    /** This check's settings in the pack's {@code timing:} section. */
    protected abstract C config(TimingConfig timing);

    abstract void evaluate(TimingAnalysis call, C config, CheckResults out);

    @Override
    public final void check(AnalyzedCall call, CheckResults out) {
        TimingAnalysis analysis = TimingAnalysis.of(call);
        out.timing(analysis.metrics());
        if (analysis.view().warning() != null) {
            out.warning(analysis.view().warning());
        }
        C config = config(call.rules().timing());
        if (analysis.usable() && config.enabledOrDefault()) {
            evaluate(analysis, config, out);
        }
    }

    /** A finding of rule {@code rule} at turn {@code at}, with this check's severity and suggestion. */
    static Finding finding(TimingAnalysis a, TimingConfig.CheckConfig config, String rule, int at, String message) {
        Call c = a.call().call();
        Turn t = a.turn(at);
        return new Finding(c.callId(), c.agentId(), c.file(), t.line(), t.index(), Finding.Kind.TIMING, rule,
                config.severityOrDefault(), t.text(), null, config.suggest(), message);
    }
}
