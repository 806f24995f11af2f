package dev.callaudit.engine;

import dev.callaudit.io.InputException;
import dev.callaudit.io.ReadItem;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.scoring.AgentStats;

import java.util.List;

/**
 * Everything a report is written from. Per-agent figures are small and mergeable; per-call results
 * are kept in input order.
 */
public record RunResult(
        String version,
        RuleBook rules,
        Totals totals,
        List<AgentStats> agents,
        CallResults calls,
        List<ReadItem.Rejected> rejected,
        List<String> warnings,
        List<InputException> inputErrors) {

    public String rulesHash() {
        return rules.hash();
    }
}
