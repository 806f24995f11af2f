package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.model.Direction;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.PhraseEntry;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.StageConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opening: among the agent's first turns, a greeting plus naming the service or offering help
 * (seed 000: 您好志晟信息服务台,请问有什么可以帮您). A greeting alone earns partial credit; an offer
 * with no greeting is seed 000's forbidden 直接问客户需要什么帮助 and fails. Outbound follow-ups (seed
 * 003's 回访) need a greeting plus an outbound opener instead.
 */
public final class OpeningCheck extends StageCheck<OpeningCheck.Config> {
    public static final String KEY = "opening";

    public record Config(Integer weight, Severity severity, String suggest, Integer window,
                         List<PhraseEntry> greeting, List<PhraseEntry> identify, List<PhraseEntry> offer,
                         List<PhraseEntry> outbound) implements StageConfig {
        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            return Map.of("greeting", StageConfig.orEmpty(greeting), "identify", StageConfig.orEmpty(identify),
                    "offer", StageConfig.orEmpty(offer), "outbound", StageConfig.orEmpty(outbound));
        }

        int windowOrDefault() {
            return window == null ? 2 : window;
        }
    }

    public OpeningCheck() {
        super(KEY, Config.class);
    }

    @Override
    protected Optional<Turn> dueTurn(AnalyzedCall call) {
        return firstAgentTurn(call);
    }

    @Override
    protected StageResult evaluate(AnalyzedCall call, Config config) {
        List<TurnView> agent = call.agentTurns();
        if (agent.isEmpty()) {
            return StageResult.fail("the agent never speaks");
        }
        int n = config.windowOrDefault();
        List<TurnView> window = firstN(agent, n);
        String greeting = group(KEY, "greeting");
        boolean outbound = call.call().direction() == Direction.OUTBOUND;
        List<String> second = outbound ? List.of(group(KEY, "outbound")) : List.of(group(KEY, "identify"), group(KEY, "offer"));
        Optional<TurnView> greetTurn = firstTurnWith(window, greeting);
        Optional<TurnView> secondTurn = window.stream()
                .filter(t -> second.stream().anyMatch(g -> t.first(g).isPresent())).findFirst();
        String within = "the agent's first " + n + " turn" + (n == 1 ? "" : "s");
        if (greetTurn.isPresent() && secondTurn.isPresent()) {
            TurnView g = greetTurn.get();
            return StageResult.pass(g.index(), quote(g.turn().text()));
        }
        if (greetTurn.isPresent()) {
            TurnView g = greetTurn.get();
            String what = outbound ? "without confirming who is on the line or saying who is calling"
                    : "without naming the service or offering help";
            return StageResult.partial(call.rules().scoring().partialCreditOrDefault(), g.index(),
                    "greeting " + quote(g.first(greeting).orElseThrow().quote()) + " " + what + " in " + within);
        }
        if (secondTurn.isPresent()) {
            return StageResult.fail(secondTurn.get().index(), "no greeting in " + within + "; it opens with "
                    + quote(window.get(0).turn().text()));
        }
        return StageResult.fail(window.get(0).index(), "no greeting in " + within + "; it opens with "
                + quote(window.get(0).turn().text()));
    }
}
