package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.PhraseKey;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.StageConfig;

import java.util.List;
import java.util.Optional;

/**
 * The shape every stage check shares: judge the call, record the result, and turn a miss into a
 * finding that points at the turn where the stage was due.
 */
public abstract class StageCheck<C extends StageConfig> implements Check {
    private final String key;
    private final Class<C> configType;

    protected StageCheck(String key, Class<C> configType) {
        this.key = key;
        this.configType = configType;
    }

    @Override
    public final String id() {
        return key;
    }

    protected abstract StageResult evaluate(AnalyzedCall call, C config);

    /** The turn a missing stage points at; SPEC.md: the call's first turn unless the stage says otherwise. */
    protected Optional<Turn> dueTurn(AnalyzedCall call) {
        return call.call().turns().stream().findFirst();
    }

    @Override
    public final void check(AnalyzedCall call, CheckResults out) {
        C config = call.rules().stage(key, configType);
        StageResult result = config.weightOrDefault() == 0
                ? StageResult.notApplicable("weight 0 in the rules")
                : evaluate(call, config);
        out.stage(key, result);
        if (result.status() == StageStatus.FAIL || result.status() == StageStatus.PARTIAL) {
            Turn at = result.turn() != null ? call.turn(result.turn()).turn() : dueTurn(call).orElse(null);
            Severity severity = result.status() == StageStatus.FAIL ? config.severityOrDefault() : Severity.MINOR;
            out.finding(new Finding(call.call().callId(), call.call().agentId(), call.call().file(),
                    at == null ? call.call().line() : at.line(), at == null ? 0 : at.index(),
                    Finding.Kind.STAGE, key, severity, at == null ? "" : at.text(), null, config.suggest(),
                    result.evidence()));
        }
    }

    protected static String group(String stage, String group) {
        return PhraseKey.stageGroup(stage, group);
    }

    protected static String quote(String s) {
        return Quotes.of(s);
    }

    protected static Optional<TurnView> firstTurnWith(List<TurnView> turns, String group) {
        return turns.stream().filter(t -> t.has(group)).findFirst();
    }

    protected static <T> List<T> firstN(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    protected static <T> List<T> lastN(List<T> list, int n) {
        return list.subList(Math.max(0, list.size() - n), list.size());
    }

    protected static Optional<Turn> firstAgentTurn(AnalyzedCall call) {
        return call.call().turns().stream().filter(Turn::isAgent).findFirst();
    }

    /** The agent's first turn after the customer first speaks: where a reply to the caller was due. */
    protected static Optional<Turn> firstReply(AnalyzedCall call) {
        boolean customerSpoke = false;
        for (Turn t : call.call().turns()) {
            customerSpoke |= t.isCustomer();
            if (customerSpoke && t.isAgent()) {
                return Optional.of(t);
            }
        }
        return lastAgentTurn(call);
    }

    protected static Optional<Turn> lastAgentTurn(AnalyzedCall call) {
        List<Turn> agent = call.call().agentTurns();
        return agent.isEmpty() ? Optional.empty() : Optional.of(agent.get(agent.size() - 1));
    }

    /** How much a turn says: a character for Chinese and Korean, two for an English word. */
    protected static int spokenSize(TurnView t) {
        String text = t.text().text();
        int size = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                inWord = false;
            } else if (dev.callaudit.text.TextNormalizer.isWordChar(c)) {
                size += inWord ? 0 : 2;
                inWord = true;
            } else {
                size++;
                inWord = false;
            }
        }
        return size;
    }
}
