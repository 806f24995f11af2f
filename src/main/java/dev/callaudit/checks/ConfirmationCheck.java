package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.PhraseEntry;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.StageConfig;
import dev.callaudit.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Paraphrased confirmation (seed 001: 将客户提出的问题转述并进行确认; seed 003: 我帮您重复一下): an agent
 * turn after the customer has spoken carries a confirmation frame and restates what the customer said,
 * measured as the share of the units of the frame's sentence (words for English, character pairs for Chinese and Korean, less the pack's own stage
 * wording) that the customer said before; or it repeats back a number the customer gave. A frame
 * with nothing restated earns partial credit. The customer turn restated most is recorded.
 */
public final class ConfirmationCheck extends StageCheck<ConfirmationCheck.Config> {
    public static final String KEY = "confirmation";
    private static final int MIN_SHARED = 2;
    private static final String SENTENCE_END = "。？！?!；;\n";

    public record Config(Integer weight, Severity severity, String suggest, Double minOverlap, Integer lookback,
                         List<PhraseEntry> frames) implements StageConfig {
        public Config {
            StageConfig.atLeast("confirmation.lookback", lookback, 1);
            if (minOverlap != null && (minOverlap <= 0 || minOverlap > 1)) {
                throw new IllegalArgumentException("confirmation.min_overlap must be more than 0 and at most 1, not " + minOverlap);
            }
        }

        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            return Map.of("frames", StageConfig.orEmpty(frames));
        }

        double minOverlapOrDefault() {
            return minOverlap == null ? 0.3 : minOverlap;
        }

        /** How many of the customer's latest turns a restatement is compared with: a request, not the whole call. */
        int lookbackOrDefault() {
            return lookback == null ? 10 : lookback;
        }
    }

    /** The units of the pack's own stage wording, worked out once per rule set. */
    private final Map<dev.callaudit.rules.Ruleset, Set<String>> formulaic = Collections.synchronizedMap(new IdentityHashMap<>());

    public ConfirmationCheck() {
        super(KEY, Config.class);
    }

    @Override
    protected Optional<Turn> dueTurn(AnalyzedCall call) {
        return firstReply(call);
    }

    @Override
    protected StageResult evaluate(AnalyzedCall call, Config config) {
        if (!call.customerSpeaks()) {
            return StageResult.notApplicable("the customer never speaks");
        }
        Set<String> stop = formulaic.computeIfAbsent(call.rules(), ConfirmationCheck::formulaicUnits);
        String frames = group(KEY, "frames");
        List<TurnView> customer = new ArrayList<>();
        // the numbers and the units of each turn in customer, worked out when a frame first needs them, once per turn
        List<Set<String>> numbers = new ArrayList<>();
        List<Set<String>> units = new ArrayList<>();
        TurnView partial = null;
        String partialOverlap = "";
        List<String> names = null;
        for (TurnView turn : call.turns()) {
            if (turn.turn().isCustomer()) {
                if (customer.size() == config.lookbackOrDefault()) {
                    customer.remove(0);
                    numbers.remove(0);
                    units.remove(0);
                }
                customer.add(turn);
                numbers.add(null);
                units.add(null);
                continue;
            }
            if (customer.isEmpty() || !turn.has(frames)) {
                continue;
            }
            for (String repeated : Digits.runs(turn.text().text())) {
                for (int i = 0; i < customer.size(); i++) {
                    if (numbers.get(i) == null) {
                        numbers.set(i, Digits.runs(customer.get(i).text().text()));
                    }
                    for (String given : numbers.get(i)) {
                        if (given.endsWith(repeated)) {
                            int at = customer.get(i).index();
                            return StageResult.pass(turn.index(), at, quote(turn.turn().text())
                                    + " repeats back the number the customer gave at turn " + at);
                        }
                    }
                }
            }
            if (names == null) {
                names = CallerNameCheck.namesGiven(call);
            }
            // one set per customer turn: no unit spans two turns
            Set<String> said = new HashSet<>();
            for (int i = 0; i < customer.size(); i++) {
                if (units.get(i) == null) {
                    units.set(i, units(withoutNames(customer.get(i).text().text(), names), stop));
                }
                said.addAll(units.get(i));
            }
            Set<String> restated = units(withoutNames(sentenceFrom(turn, turn.first(frames).orElseThrow()), names), stop);
            int all = shared(restated, said);
            int best = paraphrased(restated, units);
            TurnView source = customer.get(best);
            int one = shared(restated, units.get(best));
            int sourceSize = units.get(best).size();
            double min = config.minOverlapOrDefault();
            // restated: min_overlap of the agent's sentence is the customer's words, or the sentence takes up
            // that share of one customer turn (授权书寄到您保单上登记的地址,地址没变 for 寄给我好了,地址没变)
            boolean agentSide = all >= MIN_SHARED && !restated.isEmpty() && (double) all / restated.size() >= min;
            boolean customerSide = one >= MIN_SHARED + 1 && sourceSize > 0 && (double) one / sourceSize >= min;
            if (agentSide || customerSide) {
                return StageResult.pass(turn.index(), source.index(), quote(turn.turn().text())
                        + " restates the customer's turn " + source.index() + " " + quote(source.turn().text())
                        + " (" + (agentSide ? all + " of its " + restated.size()
                        : one + " of the customer's " + sourceSize) + " units)");
            }
            if (partial == null) {
                partial = turn;
                partialOverlap = " (" + all + " of " + restated.size() + " units restated, "
                        + Math.round(config.minOverlapOrDefault() * 100) + "% needed)";
            }
        }
        if (partial != null) {
            return StageResult.partial(call.rules().scoring().partialCreditOrDefault(), partial.index(),
                    "confirmation frame " + quote(partial.first(frames).orElseThrow().quote())
                            + " without restated content" + partialOverlap);
        }
        return StageResult.fail("the agent never confirms the customer's request back to them");
    }

    /** Which customer turn the restatement shares most with; on a tie the later one, the request being confirmed. */
    private static int paraphrased(Set<String> restated, List<Set<String>> customer) {
        int best = customer.size() - 1;
        int most = -1;
        for (int i = customer.size() - 1; i >= 0; i--) {
            int shared = shared(restated, customer.get(i));
            if (shared > most) {
                most = shared;
                best = i;
            }
        }
        return best;
    }

    /** The size of the intersection of two unit sets (the measure commons-text's IntersectionSimilarity gives for sets). */
    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String u : small) {
            if (large.contains(u)) {
                n++;
            }
        }
        return n;
    }

    private static String blank(String text, String name) {
        return name.isEmpty() || !text.contains(name) ? text : text.replace(name, "\n".repeat(name.length()));
    }

    /** A text without the customer's names: 王小明先生 or 저는 천유리예요 restates nothing of the request. */
    private static String withoutNames(String text, List<String> names) {
        String out = text;
        for (String name : names) {
            out = blank(out, name);
        }
        return out;
    }

    private static String sentenceFrom(TurnView turn, dev.callaudit.text.PhraseMatch<?> frame) {
        String original = turn.text().original();
        int last = turn.text().originalEnd(frame.end() - 1) - 1;
        int begin = last;
        while (begin > 0 && !sentenceEnd(original, begin - 1)) {
            begin--;
        }
        int end = last + 1;
        while (end < original.length() && !sentenceEnd(original, end)) {
            end++;
        }
        return turn.text().text().substring(turn.text().positionAt(begin), Math.max(frame.end(), turn.text().positionAt(end)));
    }

    private static boolean sentenceEnd(String s, int i) {
        char c = s.charAt(i);
        return SENTENCE_END.indexOf(c) >= 0 || (c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))
                && !abbreviation(s, i));
    }

    /** "Mr." and "Dr." end no sentence: a capitalized word of at most three letters before the dot. */
    private static boolean abbreviation(String s, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return dot - start >= 1 && dot - start <= 3 && Character.isUpperCase(s.charAt(start))
                && (start == 0 || !Character.isLetter(s.charAt(start - 1)));
    }

    /**
     * What a text says, as units to compare: words for space-separated scripts (English), character
     * pairs for Chinese and Korean, less the frames' own ("确认一下", "just to confirm" restate nothing).
     */
    private static Set<String> units(String text, Set<String> stop) {
        Set<String> out = new HashSet<>();
        for (String line : text.split("\n")) {
            addUnits(line, stop, out);
        }
        return out;
    }

    private static void addUnits(String line, Set<String> stop, Set<String> out) {
        // Latin words and the CJK/Hangul stretches between them, whatever the spaces: normalization
        // drops the spaces of Korean, so "7일짜리로" is a digit and a Korean stretch, not one word
        StringBuilder cjk = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (TextNormalizer.isWordChar(cp)) {
                int end = i;
                while (end < line.length() && TextNormalizer.isWordChar(line.codePointAt(end))) {
                    end += Character.charCount(line.codePointAt(end));
                }
                String word = line.substring(i, end);
                if (word.length() > 2 && !stop.contains(word)) {
                    out.add(word);
                }
                i = end;
            } else {
                if (cp != ' ') {
                    cjk.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
        }
        for (int k = 0; k + 2 <= cjk.length(); k++) {
            String pair = cjk.substring(k, k + 2);
            if (!stop.contains(pair)) {
                out.add(pair);
            }
        }
    }

    /**
     * The units of the pack's own stage wording (frames, greetings, thanks, leave-taking...): formulaic
     * speech, so saying them restates nothing (确认一下, 감사합니다, just to confirm).
     */
    private static Set<String> formulaicUnits(dev.callaudit.rules.Ruleset rules) {
        Set<String> out = new HashSet<>();
        for (StageConfig stage : rules.stages().values()) {
            for (List<PhraseEntry> group : stage.phraseGroups().values()) {
                for (PhraseEntry e : group) {
                    for (String form : e.forms()) {
                        for (String literal : form.split("\\{[^{}]*}")) {
                            out.addAll(units(TextNormalizer.INSTANCE.normalize(literal).text(), Set.of()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
