package dev.callaudit.checks.timing;

import dev.callaudit.checks.CheckResults;
import dev.callaudit.rules.TimingConfig;

/**
 * Speaking rate (seed 002: 200个音节以上为快速,150个左右是中速,100以下为慢速): the agent's syllables a
 * minute (Chinese and Korean: one Han or Hangul character is one syllable) or words a minute (English),
 * over the agent turns of at least {@code min_turn_ms}. One finding per call whose average is above
 * {@code fast_above} or below {@code slow_below}, once it has {@code min_speaking_ms} of such speech,
 * at the agent's fastest (or slowest) turn.
 */
public final class SpeakingRateCheck extends TimingCheck<TimingConfig.SpeakingRate> {
    public static final String ID = TimingConfig.SPEAKING_RATE;

    public SpeakingRateCheck() {
        super(ID);
    }

    @Override
    protected TimingConfig.SpeakingRate config(TimingConfig timing) {
        return timing.speakingRate();
    }

    @Override
    void evaluate(TimingAnalysis a, TimingConfig.SpeakingRate config, CheckResults out) {
        TimingMetrics m = a.metrics();
        Double rate = m.unitsPerMinute();
        if (rate == null || m.agentSpeakingMs() < config.minSpeakingMsOrDefault()) {
            return;
        }
        boolean fast = rate > config.fastAboveOrDefault();
        boolean slow = rate < config.slowBelowOrDefault();
        if (!fast && !slow) {
            return;
        }
        int extreme = 0;
        double extremeRate = fast ? -1 : Double.MAX_VALUE;
        int measured = 0;
        for (TimingView.TurnTiming tt : a.view().turns()) {
            if (!a.measured(tt)) {
                continue;
            }
            measured++;
            double r = a.units(tt.turn()) * 60_000.0 / tt.durationMs();
            if (fast ? r > extremeRate : r < extremeRate) {
                extreme = tt.turn();
                extremeRate = r;
            }
        }
        String unit = config.unitOrDefault().key();
        out.finding(TimingCheck.finding(a, config, ID, extreme, "the agent spoke " + Math.round(rate) + " " + unit
                + " a minute over " + TimingAnalysis.seconds(m.agentSpeakingMs()) + " of speech in " + measured + " turn"
                + (measured == 1 ? "" : "s") + ", " + (fast ? "faster than " + config.fastAboveOrDefault()
                : "slower than " + config.slowBelowOrDefault()) + " (normal: " + config.slowBelowOrDefault() + " to "
                + config.fastAboveOrDefault() + "); the " + (fast ? "fastest" : "slowest") + " turn " + Math.round(extremeRate)
                + " a minute"));
    }
}
