package dev.callaudit.engine;

import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;
import dev.callaudit.scoring.CallScore;

import java.util.List;
import java.util.Map;

/** One audited call: what reports need of it, without its turns. {@code order} is its position in the input. */
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
        CallScore score) implements java.io.Serializable {
}
