package dev.callaudit.engine;

import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;
import dev.callaudit.checks.timing.TimingMetrics;
import dev.callaudit.scoring.CallScore;

import java.util.List;
import java.util.Map;

/**
 * One audited call: what reports need of it, without its turns. {@code order} is its position in the
 * input; {@code timing} its timing figures (never null: its status says when the call had no usable
 * times); {@code warnings} what the checks found wrong with its data, located, for the run's warnings.
 */
public record CallResult(
        long order,
        String callId,
        String agentId,
        String agentName,
        String file,
        int line,
        String pack,
        int turns,
        Map<String, StageResult> stages,
        List<Finding> findings,
        CallScore score,
        TimingMetrics timing,
        List<String> warnings) {

    public CallResult {
        timing = timing == null ? TimingMetrics.NO_TIMESTAMPS : timing;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
