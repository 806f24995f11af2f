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
 * A closing the agent follows with more service talk (the caller raised something else) is no closing.
 */
public final class ClosingCheck extends StageCheck<ClosingCheck.Config> {
    public static final String KEY = "closing";

    public record Config(Integer weight, Severity severity, String suggest, Integer window, Integer ackMax,
                         List<PhraseEntry> courtesy, List<PhraseEntry> leave) implements StageConfig {
        public Config {
            StageConfig.atLeast("closing.window", window, 1);
            StageConfig.atLeast("closing.ack_max", ackMax, 0);
        }

        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            return Map.of("courtesy", StageConfig.orEmpty(courtesy), "leave", StageConfig.orEmpty(leave));
        }

        int windowOrDefault() {
            return window == null ? 2 : window;
        }

        /** The longest agent turn after the closing that is an acknowledgement (不客气, you're welcome), not more service. */
        int ackMaxOrDefault() {
            return ackMax == null ? 8 : ackMax;
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
        int closedAt = Math.max(courtesyTurn.map(TurnView::index).orElse(0), leaveTurn.map(TurnView::index).orElse(0));
        for (TurnView later : window) {
            if (closedAt > 0 && later.index() > closedAt && spokenSize(later) > config.ackMaxOrDefault()
                    && !later.has(group(AnythingElseCheck.KEY, "phrases"))) {
                return StageResult.fail(later.index(), "the closing at turn " + closedAt
                        + " is followed by more service talk: " + quote(later.turn().text()));
            }
        }
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
            if (turns.get(i).has(group)) {
                return Optional.of(turns.get(i));
            }
        }
        return Optional.empty();
    }
}
