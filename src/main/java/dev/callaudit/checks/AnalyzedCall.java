package dev.callaudit.checks;

import dev.callaudit.model.Call;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.PhraseKey;
import dev.callaudit.rules.Ruleset;
import dev.callaudit.text.Normalized;
import dev.callaudit.text.PhraseMatch;
import dev.callaudit.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call with every turn normalized and scanned once by the rule set's matcher; the checks read
 * from here and never scan text themselves.
 */
public final class AnalyzedCall {

    /** One turn, its normalized text, and every phrase of the rule set found in it. */
    public record TurnView(Turn turn, Normalized text, List<PhraseMatch<PhraseKey>> matches) {

        // the checks ask these of every turn, so they are plain loops over the few matches a turn has
        public List<PhraseMatch<PhraseKey>> in(String group) {
            List<PhraseMatch<PhraseKey>> out = null;
            for (PhraseMatch<PhraseKey> m : matches) {
                if (m.key().group().equals(group)) {
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(m);
                }
            }
            return out == null ? List.of() : out;
        }

        public Optional<PhraseMatch<PhraseKey>> first(String group) {
            int i = indexOf(group);
            return i < 0 ? Optional.empty() : Optional.of(matches.get(i));
        }

        public boolean has(String group) {
            return indexOf(group) >= 0;
        }

        private int indexOf(String group) {
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i).key().group().equals(group)) {
                    return i;
                }
            }
            return -1;
        }

        public int index() {
            return turn.index();
        }
    }

    private final Call call;
    private final Ruleset rules;
    private final List<TurnView> turns;
    private final java.util.Map<Class<?>, Object> derived = new java.util.HashMap<>();

    public AnalyzedCall(Call call, Ruleset rules) {
        this.call = call;
        this.rules = rules;
        List<TurnView> views = new ArrayList<>(call.turns().size());
        for (Turn t : call.turns()) {
            Normalized n = TextNormalizer.INSTANCE.normalize(t.text());
            views.add(new TurnView(t, n, rules.matcher().findAll(n)));
        }
        this.turns = List.copyOf(views);
    }

    public Call call() {
        return call;
    }

    public Ruleset rules() {
        return rules;
    }

    public List<TurnView> turns() {
        return turns;
    }

    public List<TurnView> agentTurns() {
        return turns.stream().filter(v -> v.turn().isAgent()).toList();
    }

    public List<TurnView> customerTurns() {
        return turns.stream().filter(v -> v.turn().isCustomer()).toList();
    }

    public boolean customerSpeaks() {
        return call.customerSpeaks();
    }

    public TurnView turn(int index) {
        return turns.get(index - 1);
    }

    /**
     * What several checks derive from the call alike (the timing checks' gaps and overlaps), computed
     * by the first check that asks and kept for the others. A call is audited on one thread.
     */
    public <T> T derived(Class<T> type, java.util.function.Function<AnalyzedCall, T> compute) {
        Object v = derived.get(type);
        if (v == null) {
            v = compute.apply(this);
            derived.put(type, v);
        }
        return type.cast(v);
    }
}
