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
                         List<PhraseEntry> confirmParty, List<PhraseEntry> convenient) implements StageConfig {
        public Config {
            StageConfig.atLeast("opening.window", window, 1);
        }

        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            return Map.of("greeting", StageConfig.orEmpty(greeting), "identify", StageConfig.orEmpty(identify),
                    "offer", StageConfig.orEmpty(offer), "confirm_party", StageConfig.orEmpty(confirmParty),
                    "convenient", StageConfig.orEmpty(convenient));
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
        String within = "the agent's first " + n + " turn" + (n == 1 ? "" : "s");
        Optional<TurnView> greetTurn = firstTurnWith(window, greeting);
        if (call.call().direction() == Direction.OUTBOUND) {
            return outbound(call, window, greetTurn, within);
        }
        Optional<TurnView> secondTurn = window.stream()
                .filter(t -> t.has(group(KEY, "identify")) || t.has(group(KEY, "offer")))
                .findFirst();
        if (greetTurn.isPresent() && secondTurn.isPresent()) {
            TurnView g = greetTurn.get();
            return StageResult.pass(g.index(), quote(g.turn().text()));
        }
        if (greetTurn.isPresent()) {
            TurnView g = greetTurn.get();
            return StageResult.partial(call.rules().scoring().partialCreditOrDefault(), g.index(),
                    "greeting " + quote(g.first(greeting).orElseThrow().quote())
                            + " without naming the service or offering help in " + within);
        }
        return StageResult.fail(secondTurn.orElse(window.get(0)).index(), "no greeting in " + within + "; it opens with "
                + quote(window.get(0).turn().text()));
    }

    /**
     * Seed 003's 回访 opener: a greeting, who is calling, and either confirming who answered or asking
     * whether now is convenient.
     */
    private static StageResult outbound(AnalyzedCall call, List<TurnView> window, Optional<TurnView> greetTurn, String within) {
        if (greetTurn.isEmpty()) {
            return StageResult.fail(window.get(0).index(), "no greeting in " + within + "; it opens with "
                    + quote(window.get(0).turn().text()));
        }
        boolean says = window.stream().anyMatch(t -> t.has(group(KEY, "identify")));
        boolean party = window.stream().anyMatch(t -> t.has(group(KEY, "confirm_party")));
        boolean convenient = window.stream().anyMatch(t -> t.has(group(KEY, "convenient")));
        TurnView g = greetTurn.get();
        if (says && (party || convenient)) {
            return StageResult.pass(g.index(), quote(g.turn().text()));
        }
        List<String> missing = new java.util.ArrayList<>();
        if (!says) {
            missing.add("saying who is calling");
        }
        if (!party && !convenient) {
            missing.add("confirming who is on the line or asking whether now is convenient");
        }
        return StageResult.partial(call.rules().scoring().partialCreditOrDefault(), g.index(),
                "outbound greeting without " + String.join(" or ", missing) + " in " + within);
    }
}
