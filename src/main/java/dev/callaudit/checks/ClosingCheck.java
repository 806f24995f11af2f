package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.PhraseEntry;
import dev.callaudit.rules.PhraseKey;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.StageConfig;
import dev.callaudit.text.PhraseMatch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closing: the agent's last turns thank or wish the customer well and take leave. A bare 再见 is
 * seed 000's own example of a wrong closing and fails; thanks without leave-taking earn partial credit.
 */
public final class ClosingCheck extends StageCheck<ClosingCheck.Config> {
    public static final String KEY = "closing";

    public record Config(Integer weight, Severity severity, String suggest, Integer window,
                         List<PhraseEntry> courtesy, List<PhraseEntry> leave) implements StageConfig {
        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            return Map.of("courtesy", StageConfig.orEmpty(courtesy), "leave", StageConfig.orEmpty(leave));
        }

        int windowOrDefault() {
            return window == null ? 2 : window;
        }
    }

    public ClosingCheck() {
        super(KEY, Config.class);
    }

    @Override
    protected Optional<Turn> dueTurn(AnalyzedCall call) {
        return lastAgentTurn(call);
    }

    @Override
    protected StageResult evaluate(AnalyzedCall call, Config config) {
        List<TurnView> agent = call.agentTurns();
        if (agent.isEmpty()) {
            return StageResult.fail("the agent never speaks");
        }
        int n = config.windowOrDefault();
        List<TurnView> window = lastN(agent, n);
        String within = "the agent's last " + n + " turn" + (n == 1 ? "" : "s");
        Optional<TurnView> courtesyTurn = lastTurnWith(window, group(KEY, "courtesy"));
        Optional<TurnView> leaveTurn = lastTurnWith(window, group(KEY, "leave"));
        if (courtesyTurn.isPresent() && leaveTurn.isPresent()) {
            TurnView t = leaveTurn.get();
            return StageResult.pass(t.index(), quote(t.turn().text()));
        }
        if (courtesyTurn.isPresent()) {
            TurnView t = courtesyTurn.get();
            return StageResult.partial(call.rules().scoring().partialCreditOrDefault(), t.index(),
                    quote(t.first(group(KEY, "courtesy")).map(PhraseMatch::quote).orElse(""))
                            + " thanks the customer but does not take leave");
        }
        if (leaveTurn.isPresent()) {
            PhraseMatch<PhraseKey> leave = leaveTurn.get().first(group(KEY, "leave")).orElseThrow();
            return StageResult.fail(leaveTurn.get().index(), "closing is a bare " + quote(leave.quote())
                    + " with no thanks or wishes");
        }
        return StageResult.fail(window.get(window.size() - 1).index(), "no thanks and goodbye in " + within);
    }

    private static Optional<TurnView> lastTurnWith(List<TurnView> turns, String group) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).first(group).isPresent()) {
                return Optional.of(turns.get(i));
            }
        }
        return Optional.empty();
    }
}
