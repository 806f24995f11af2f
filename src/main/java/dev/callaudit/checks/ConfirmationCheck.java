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
    private final Map<dev.callaudit.rules.Ruleset, Units> formulaic = Collections.synchronizedMap(new IdentityHashMap<>());

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
        Units stop = formulaic.computeIfAbsent(call.rules(), ConfirmationCheck::formulaicUnits);
        String frames = group(KEY, "frames");
        List<TurnView> customer = new ArrayList<>();
        // the numbers and the units of each turn in customer, worked out when a frame first needs them, once per turn
        List<Set<String>> numbers = new ArrayList<>();
        List<Units> units = new ArrayList<>();
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
            for (int i = 0; i < customer.size(); i++) {
                if (units.get(i) == null) {
                    units.set(i, units(withoutNames(customer.get(i).text().text(), names), stop));
                }
            }
            Units said = Units.union(units);
            Units restated = units(withoutNames(sentenceFrom(turn, turn.first(frames).orElseThrow()), names), stop);
            int all = restated.shared(said);
            int best = paraphrased(restated, units);
            TurnView source = customer.get(best);
            int one = restated.shared(units.get(best));
            int sourceSize = units.get(best).size();
            double min = config.minOverlapOrDefault();
            // restated: min_overlap of the agent's sentence is the customer's words, or the sentence takes up
            // that share of one customer turn (授权书寄到您保单上登记的地址,地址没变 for 寄给我好了,地址没变)
            boolean agentSide = all >= MIN_SHARED && restated.size() > 0 && (double) all / restated.size() >= min;
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
    private static int paraphrased(Units restated, List<Units> customer) {
        int best = customer.size() - 1;
        int most = -1;
        for (int i = customer.size() - 1; i >= 0; i--) {
            int shared = restated.shared(customer.get(i));
            if (shared > most) {
                most = shared;
                best = i;
            }
        }
        return best;
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
     * What a text says, as units to compare: words of space-separated scripts (English, more than two
     * letters) and pairs of adjacent characters (Chinese, Korean). A pair is its two UTF-16 units packed
     * in an int, and a text's pairs are kept sorted and distinct, so that comparing two texts is a merge
     * instead of hashing a two-character String per pair (this check was an eighth of the audit).
     */
    record Units(int[] pairs, Set<String> words) {
        static final Units NONE = new Units(new int[0], Set.of());

        int size() {
            return pairs.length + words.size();
        }

        boolean hasPair(int pair) {
            return java.util.Arrays.binarySearch(pairs, pair) >= 0;
        }

        /** How many units the two share. */
        int shared(Units other) {
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < pairs.length && j < other.pairs.length) {
                if (pairs[i] == other.pairs[j]) {
                    n++;
                    i++;
                    j++;
                } else if (pairs[i] < other.pairs[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            Set<String> small = words.size() <= other.words.size() ? words : other.words;
            Set<String> large = small == words ? other.words : words;
            for (String w : small) {
                if (large.contains(w)) {
                    n++;
                }
            }
            return n;
        }

        static Units union(List<Units> all) {
            int total = 0;
            Set<String> words = new HashSet<>();
            for (Units u : all) {
                total += u.pairs.length;
                words.addAll(u.words);
            }
            int[] pairs = new int[total];
            int at = 0;
            for (Units u : all) {
                System.arraycopy(u.pairs, 0, pairs, at, u.pairs.length);
                at += u.pairs.length;
            }
            return new Units(distinct(pairs, total), words);
        }

        private static int[] distinct(int[] pairs, int length) {
            java.util.Arrays.sort(pairs, 0, length);
            int n = 0;
            for (int i = 0; i < length; i++) {
                if (n == 0 || pairs[n - 1] != pairs[i]) {
                    pairs[n++] = pairs[i];
                }
            }
            return java.util.Arrays.copyOf(pairs, n);
        }
    }

    /** The units of {@code text}, less those of {@code stop} ("确认一下", "just to confirm" restate nothing). */
    private static Units units(String text, Units stop) {
        Set<String> words = new HashSet<>();
        int[] pairs = new int[Math.max(text.length(), 1)];
        int n = 0;
        for (String line : text.split("\n")) {
            // Latin words and the CJK/Hangul stretches between them, whatever the spaces: normalization
            // drops the spaces of Korean, so "7일짜리로" is a digit and a Korean stretch, not one word
            char previous = 0;
            boolean havePrevious = false;
            int i = 0;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                if (TextNormalizer.isWordChar(cp)) {
                    int end = i;
                    while (end < line.length() && TextNormalizer.isWordChar(line.codePointAt(end))) {
                        end += Character.charCount(line.codePointAt(end));
                    }
                    if (end - i > 2) {
                        String word = line.substring(i, end);
                        if (!stop.words().contains(word)) {
                            words.add(word);
                        }
                    }
                    i = end;
                    continue;
                }
                int next = i + Character.charCount(cp);
                if (cp != ' ') {
                    for (int k = i; k < next; k++) {
                        char c = line.charAt(k);
                        if (havePrevious) {
                            int pair = (previous << 16) | c;
                            if (!stop.hasPair(pair)) {
                                if (n == pairs.length) {
                                    pairs = java.util.Arrays.copyOf(pairs, n * 2);
                                }
                                pairs[n++] = pair;
                            }
                        }
                        previous = c;
                        havePrevious = true;
                    }
                }
                i = next;
            }
        }
        return new Units(Units.distinct(pairs, n), words);
    }

    /**
     * The units of the pack's own stage wording (frames, greetings, thanks, leave-taking...): formulaic
     * speech, so saying them restates nothing (确认一下, 감사합니다, just to confirm).
     */
    private static Units formulaicUnits(dev.callaudit.rules.Ruleset rules) {
        List<Units> out = new ArrayList<>();
        for (StageConfig stage : rules.stages().values()) {
            for (List<PhraseEntry> group : stage.phraseGroups().values()) {
                for (PhraseEntry e : group) {
                    for (String form : e.forms()) {
                        for (String literal : form.split("\\{[^{}]*}")) {
                            out.add(units(TextNormalizer.INSTANCE.normalize(literal).text(), Units.NONE));
                        }
                    }
                }
            }
        }
        return Units.union(out);
    }
}
