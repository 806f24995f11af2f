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
 * "Anything else?": before hanging up the agent asks whether the customer needs more (seed 000:
 * 请问还有其他可以帮您的吗, its forbidden 直接说结束语). Looked for among the agent's last turns, and
 * before the leave-taking when both are in one turn.
 */
public final class AnythingElseCheck extends StageCheck<AnythingElseCheck.Config> {
    public static final String KEY = "anything_else";

    public record Config(Integer weight, Severity severity, String suggest, Integer window,
                         List<PhraseEntry> phrases) implements StageConfig {
        public Config {
            StageConfig.atLeast("anything_else.window", window, 1);
        }

        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            return Map.of("phrases", StageConfig.orEmpty(phrases));
        }

        int windowOrDefault() {
            return window == null ? 3 : window;
        }
    }

    public AnythingElseCheck() {
        super(KEY, Config.class);
    }

    @Override
    protected Optional<Turn> dueTurn(AnalyzedCall call) {
        return lastAgentTurn(call);
    }

    @Override
    protected StageResult evaluate(AnalyzedCall call, Config config) {
        if (!call.customerSpeaks()) {
            return StageResult.notApplicable("the customer never speaks");
        }
        int n = config.windowOrDefault();
        List<TurnView> window = lastN(call.agentTurns(), n);
        String phrases = group(KEY, "phrases");
        String leave = group(ClosingCheck.KEY, "leave");
        TurnView goodbye = null;
        for (TurnView t : window) {
            if (goodbye != null && customerRaisedSomething(call, goodbye.index(), t.index())) {
                goodbye = null; // the caller raised something after the goodbye (not just 嗯 or 네): the call went on
            }
            for (PhraseMatch<PhraseKey> q : t.in(phrases)) {
                boolean afterGoodbye = goodbye != null || t.in(leave).stream().anyMatch(l -> l.end() <= q.start());
                if (!afterGoodbye) {
                    return StageResult.pass(t.index(), quote(q.quote()));
                }
                return StageResult.fail(t.index(), quote(q.quote()) + " is asked after the goodbye "
                        + quote((goodbye != null ? goodbye : t).first(leave).orElseThrow().quote()));
            }
            if (t.has(leave)) {
                goodbye = t;
            }
        }
        Optional<TurnView> earlier = call.agentTurns().stream().filter(t -> t.has(phrases)).findFirst();
        if (earlier.isPresent()) {
            return StageResult.fail(earlier.get().index(), "\"anything else?\" is asked only at turn " + earlier.get().index()
                    + ", not in the agent's last " + n + " turns");
        }
        return StageResult.fail("no \"anything else?\" question in the agent's last " + n + " turns");
    }

    private static boolean customerRaisedSomething(AnalyzedCall call, int from, int to) {
        int ack = call.rules().stage(ClosingCheck.KEY, ClosingCheck.Config.class).ackMaxOrDefault();
        for (int k = from + 1; k < to; k++) {
            TurnView t = call.turn(k);
            if (t.turn().isCustomer() && spokenSize(t) > ack) {
                return true;
            }
        }
        return false;
    }
}
