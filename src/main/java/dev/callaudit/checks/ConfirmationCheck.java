package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.rules.PhraseEntry;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.StageConfig;
import dev.callaudit.text.TextNormalizer;
import org.apache.commons.text.similarity.IntersectionResult;
import org.apache.commons.text.similarity.IntersectionSimilarity;

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

    private final Map<Config, Set<String>> frameWords = Collections.synchronizedMap(new IdentityHashMap<>());

    public ConfirmationCheck() {
        super(KEY, Config.class);
    }

    @Override
    protected StageResult evaluate(AnalyzedCall call, Config config) {
        if (!call.customerSpeaks()) {
            return StageResult.notApplicable("the customer never speaks");
        }
        Set<String> stop = frameWords.computeIfAbsent(config, ConfirmationCheck::frameBigrams);
        IntersectionSimilarity<String> similarity = new IntersectionSimilarity<>(content(stop));
        String frames = group(KEY, "frames");
        TurnView partial = null;
        for (TurnView agent : call.agentTurns()) {
            List<TurnView> before = call.customerTurns().stream().filter(c -> c.index() < agent.index()).toList();
            if (before.isEmpty() || agent.first(frames).isEmpty()) {
                continue;
            }
            Set<String> agentNumbers = Digits.runs(agent.text().text());
            for (TurnView customer : before) {
                for (String number : Digits.runs(customer.text().text())) {
                    if (agentNumbers.stream().anyMatch(number::endsWith)) {
                        return StageResult.pass(agent.index(), quote(agent.turn().text())
                                + " repeats back the number the customer gave at turn " + customer.index());
                    }
                }
            }
            // what the agent says from the frame to the end of its sentence, against everything the
            // customer said before it
            String restated = sentenceFrom(agent, agent.first(frames).orElseThrow());
            String said = before.stream().map(c -> c.text().text()).collect(java.util.stream.Collectors.joining(" "));
            IntersectionResult r = similarity.apply(restated, said);
            if (r.getIntersection() >= MIN_SHARED && r.getSizeA() > 0
                    && (double) r.getIntersection() / r.getSizeA() >= config.minOverlapOrDefault()) {
                return StageResult.pass(agent.index(), quote(agent.turn().text()) + " restates what the customer said"
                        + " (" + r.getIntersection() + " of " + r.getSizeA() + " character pairs)");
            }
            if (partial == null) {
                partial = agent;
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
        int end = turn.text().originalEnd(frame.end() - 1);
        while (end < original.length() && SENTENCE_END.indexOf(original.charAt(end)) < 0) {
            end++;
        }
        return turn.text().text().substring(frame.start(), Math.max(frame.end(), turn.text().positionAt(end)));
    }

    /** Character pairs of the text, less those of the frames' own words ("确认一下" restates nothing). */
    private static Function<CharSequence, java.util.Collection<String>> content(Set<String> stop) {
        return cs -> {
            String s = cs.toString().replace(" ", "");
            Set<String> out = new HashSet<>();
            for (int i = 0; i + 2 <= s.length(); i++) {
                String pair = s.substring(i, i + 2);
                if (!stop.contains(pair)) {
                    out.add(pair);
                }
            }
            return out;
        };
    }

    private static Set<String> frameBigrams(Config config) {
        Set<String> out = new HashSet<>();
        for (PhraseEntry e : StageConfig.orEmpty(config.frames())) {
            for (String form : e.forms()) {
                for (String literal : form.split("\\{[^{}]*}")) {
                    out.addAll(content(Set.of()).apply(TextNormalizer.INSTANCE.normalize(literal).text()));
                }
            }
        }
        return out;
    }
}
