package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.rules.PhraseEntry;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.StageConfig;
import dev.callaudit.text.TextNormalizer;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Paraphrased confirmation (seed 001: 将客户提出的问题转述并进行确认; seed 003: 我帮您重复一下): an agent
 * turn after the customer has spoken carries a confirmation frame and restates what the customer said,
 * measured as the share of the character pairs the agent says from the frame on (less the frame's own
 * words) that the customer said before, or repeats back a number the customer gave. A frame with nothing restated earns partial credit.
 */
public final class ConfirmationCheck extends StageCheck<ConfirmationCheck.Config> {
    public static final String KEY = "confirmation";
    private static final int MIN_SHARED = 2;
    private static final String SENTENCE_END = "。？！?!；;\n";

    public record Config(Integer weight, Severity severity, String suggest, Double minOverlap,
                         List<PhraseEntry> frames) implements StageConfig {
        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            return Map.of("frames", StageConfig.orEmpty(frames));
        }

        double minOverlapOrDefault() {
            return minOverlap == null ? 0.3 : minOverlap;
        }
    }

    private final Map<dev.callaudit.rules.Ruleset, Set<String>> formulaic = Collections.synchronizedMap(new IdentityHashMap<>());

    public ConfirmationCheck() {
        super(KEY, Config.class);
    }

    @Override
    protected StageResult evaluate(AnalyzedCall call, Config config) {
        if (!call.customerSpeaks()) {
            return StageResult.notApplicable("the customer never speaks");
        }
        Set<String> stop = formulaic.computeIfAbsent(call.rules(), ConfirmationCheck::formulaicUnits);
        Function<CharSequence, java.util.Collection<String>> units = content(stop);
        String frames = group(KEY, "frames");
        // what the customer has said so far, kept as the call goes on: one pass, however long the call
        Set<String> said = new HashSet<>();
        Map<String, Integer> numbers = new java.util.LinkedHashMap<>();
        TurnView partial = null;
        for (TurnView turn : call.turns()) {
            if (turn.turn().isCustomer()) {
                said.addAll(units.apply(turn.text().text()));
                Digits.runs(turn.text().text()).forEach(n -> numbers.putIfAbsent(n, turn.index()));
                continue;
            }
            if (said.isEmpty() && numbers.isEmpty() || turn.first(frames).isEmpty()) {
                continue;
            }
            for (String repeated : Digits.runs(turn.text().text())) {
                for (Map.Entry<String, Integer> given : numbers.entrySet()) {
                    if (given.getKey().endsWith(repeated)) {
                        return StageResult.pass(turn.index(), quote(turn.turn().text())
                                + " repeats back the number the customer gave at turn " + given.getValue());
                    }
                }
            }
            java.util.Collection<String> restated = units.apply(sentenceFrom(turn, turn.first(frames).orElseThrow()));
            long shared = restated.stream().filter(said::contains).count();
            if (shared >= MIN_SHARED && !restated.isEmpty() && (double) shared / restated.size() >= config.minOverlapOrDefault()) {
                return StageResult.pass(turn.index(), quote(turn.turn().text()) + " restates what the customer said"
                        + " (" + shared + " of " + restated.size() + " units)");
            }
            if (partial == null) {
                partial = turn;
            }
        }
        if (partial != null) {
            return StageResult.partial(call.rules().scoring().partialCreditOrDefault(), partial.index(),
                    "confirmation frame " + quote(partial.first(frames).orElseThrow().quote())
                            + " without restating what the customer said");
        }
        return StageResult.fail("the agent never confirms the customer's request back to them");
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
        return SENTENCE_END.indexOf(c) >= 0 || (c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))));
    }

    /**
     * What a text says, as units to compare: words for space-separated scripts (English), character
     * pairs for Chinese and Korean, less the frames' own ("确认一下", "just to confirm" restate nothing).
     */
    private static Function<CharSequence, java.util.Collection<String>> content(Set<String> stop) {
        return cs -> {
            Set<String> out = new HashSet<>();
            StringBuilder cjk = new StringBuilder();
            for (String token : cs.toString().split(" ")) {
                if (!token.isEmpty() && TextNormalizer.isWordChar(token.codePointAt(0))) {
                    if (token.length() > 2 && !stop.contains(token)) {
                        out.add(token);
                    }
                } else {
                    cjk.append(token);
                }
            }
            for (int i = 0; i + 2 <= cjk.length(); i++) {
                String pair = cjk.substring(i, i + 2);
                if (!stop.contains(pair) && !TextNormalizer.isWordChar(pair.codePointAt(0))) {
                    out.add(pair);
                }
            }
            return out;
        };
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
                            out.addAll(content(Set.of()).apply(TextNormalizer.INSTANCE.normalize(literal).text()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
