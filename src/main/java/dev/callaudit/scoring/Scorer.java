package dev.callaudit.scoring;

import dev.callaudit.checks.CheckResults;
import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;
import dev.callaudit.rules.Ruleset;
import dev.callaudit.rules.ScoringConfig;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.TimingConfig;

import java.util.Map;

/**
 * Turns a call's check results into its score, as the rules' scoring section says: stage credit, less
 * each forbidden phrase's penalty by severity and each timing finding's penalty from the timing section.
 * A critical finding of either kind fails the call.
 */
public final class Scorer {

    private Scorer() {
    }

    /** What one finding costs: a forbidden phrase its severity's penalty, a timing finding its check's; a missed stage costs its weight instead. */
    public static int penalty(Finding f, Ruleset rules) {
        ScoringConfig scoring = rules.scoring();
        return switch (f.kind()) {
            case STAGE -> 0;
            case FORBIDDEN -> scoring.penalty(f.severity());
            case TIMING -> {
                TimingConfig.CheckConfig check = rules.timing().forRule(f.rule());
                yield check == null ? scoring.penalty(f.severity()) : check.penaltyOrDefault(scoring);
            }
        };
    }

    public static CallScore score(CheckResults results, Ruleset rules) {
        ScoringConfig scoring = rules.scoring();
        double earned = 0;
        int potential = 0;
        for (Map.Entry<String, StageResult> e : results.stages().entrySet()) {
            StageResult r = e.getValue();
            if (!r.applicable()) {
                continue;
            }
            int weight = rules.stages().get(e.getKey()).weightOrDefault();
            potential += weight;
            earned += weight * r.credit();
        }
        int penalty = 0;
        boolean critical = false;
        for (Finding f : results.findings()) {
            if (f.kind() != Finding.Kind.STAGE) {
                penalty += penalty(f, rules);
                critical |= f.severity() == Severity.CRITICAL;
            }
        }
        long base = potential == 0 ? 100 : Math.round(earned * 100.0 / potential);
        int score = (int) Math.max(0, Math.min(100, base - penalty));
        boolean autoFailed = critical && scoring.autoFailOrDefault();
        boolean passed = score >= scoring.passMarkOrDefault() && !autoFailed;
        return new CallScore(score, passed, autoFailed, earned, potential, penalty);
    }
}
