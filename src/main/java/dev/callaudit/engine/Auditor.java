package dev.callaudit.engine;

import dev.callaudit.checks.AnalyzedCall;
import dev.callaudit.checks.Check;
import dev.callaudit.checks.CheckRegistry;
import dev.callaudit.checks.CheckResults;
import dev.callaudit.checks.Finding;
import dev.callaudit.model.Call;
import dev.callaudit.rules.Ruleset;
import dev.callaudit.scoring.CallScore;
import dev.callaudit.scoring.Scorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Audits one call: every check, then the score. A pure function of the call and the rules. */
public final class Auditor {
    private final List<Check> checks = CheckRegistry.checks();

    public CallResult audit(Call call, Ruleset rules, long order) {
        AnalyzedCall analyzed = new AnalyzedCall(call, rules);
        CheckResults results = new CheckResults();
        for (Check check : checks) {
            check.check(analyzed, results);
        }
        CallScore score = Scorer.score(results, rules);
        List<Finding> findings = new ArrayList<>(results.findings());
        findings.sort(Comparator.comparingInt(Finding::turn).thenComparing(Finding::rule));
        return new CallResult(order, call.callId(), call.agentId(), call.agentName(), call.file(), call.line(),
                rules.pack(), call.turns().size(), results.stages(), List.copyOf(findings), score, results.timing(),
                results.warnings());
    }
}
