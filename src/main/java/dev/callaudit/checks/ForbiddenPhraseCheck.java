package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.model.Call;
import dev.callaudit.rules.ForbiddenRule;
import dev.callaudit.rules.PhraseKey;
import dev.callaudit.text.PhraseMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Forbidden phrases (禁语, 服務忌語) in agent turns only: a customer saying 我不知道 is no finding.
 * Where two rules fire on overlapping text (不知道 inside 这个我不知道,你要问别的部门), the occurrence is
 * reported once, under the longest match, so one utterance never costs points twice.
 */
public final class ForbiddenPhraseCheck implements Check {
    public static final String ID = "forbidden";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AnalyzedCall call, CheckResults out) {
        Call c = call.call();
        for (TurnView t : call.agentTurns()) {
            for (PhraseMatch<PhraseKey> hit : longestFirst(call.rules().forbiddenHits(t.matches()), call)) {
                ForbiddenRule rule = call.rules().forbidden().get(hit.key().ruleId());
                String message = quote(hit.quote()) + " is a forbidden phrase (" + rule.category().key() + ")"
                        + (rule.suggest() == null ? "" : "; say instead: " + rule.suggest());
                out.finding(new Finding(c.callId(), c.agentId(), c.file(), t.turn().line(), t.index(),
                        Finding.Kind.FORBIDDEN, rule.id(), rule.severity(), t.turn().text(), hit.quote(),
                        rule.suggest(), message, t.text().originalStart(hit.start())));
            }
        }
    }

    private static List<PhraseMatch<PhraseKey>> longestFirst(List<PhraseMatch<PhraseKey>> hits, AnalyzedCall call) {
        List<PhraseMatch<PhraseKey>> byPreference = new ArrayList<>(hits);
        byPreference.sort(Comparator.<PhraseMatch<PhraseKey>>comparingInt(m -> m.end() - m.start()).reversed()
                .thenComparing(m -> call.rules().forbidden().get(m.key().ruleId()).severity(), Comparator.reverseOrder())
                .thenComparing(m -> m.key().ruleId()));
        List<PhraseMatch<PhraseKey>> kept = new ArrayList<>();
        for (PhraseMatch<PhraseKey> m : byPreference) {
            if (kept.stream().noneMatch(k -> k.overlaps(m))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.<PhraseMatch<PhraseKey>>comparingInt(PhraseMatch::start).thenComparing(m -> m.key().ruleId()));
        return kept;
    }

    private static String quote(String s) {
        return Quotes.of(s);
    }
}
