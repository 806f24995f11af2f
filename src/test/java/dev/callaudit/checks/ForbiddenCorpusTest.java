package dev.callaudit.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callaudit.TestSupport;
import dev.callaudit.engine.Auditor;
import dev.callaudit.engine.CallResult;
import dev.callaudit.model.Call;
import dev.callaudit.model.Direction;
import dev.callaudit.model.Speaker;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.Ruleset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of the forbidden-phrase check per language, on corpora written from the
 * seeds independently of the packs (text/forbidden-corpus/LANG.jsonl): agent turns with forbidden
 * phrases in the forms real transcripts bring (speech-to-text spacing, full width, odd punctuation,
 * mixed scripts) and turns that must not fire (customers, the seeds' polite phrases, near misses).
 */
class ForbiddenCorpusTest {
    private static final double MIN_PRECISION = 0.98;
    private static final double MIN_RECALL = 0.95;
    private static final int MIN_EACH = 300;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-CN", "zh-TW", "ko", "en"})
    void precisionAndRecallPerLanguage(String language) throws IOException {
        Ruleset rules = TestSupport.builtInRules().forLanguage(language).orElseThrow();
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int positives = 0;
        int negatives = 0;
        List<String> misses = new ArrayList<>();
        Map<String, int[]> byForm = new TreeMap<>();
        List<String> lines = Files.readAllLines(TestSupport.resource("text/forbidden-corpus/" + language + ".jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode item = json.readTree(lines.get(i));
            boolean expected = item.get("forbidden").asBoolean();
            Speaker speaker = Speaker.parse(item.get("speaker").asText()).orElseThrow();
            Call call = new Call("corpus-" + (i + 1), "A1", null, null, language, Direction.INBOUND, "corpus", i + 1,
                    List.of(new Turn(1, speaker, item.get("text").asText(), null, null, i + 1)));
            CallResult r = new Auditor().audit(call, rules, i + 1);
            List<String> hits = r.findings().stream().filter(f -> f.kind() == Finding.Kind.FORBIDDEN)
                    .map(f -> f.rule() + "「" + f.match() + "」").toList();
            boolean found = !hits.isEmpty();
            int[] form = byForm.computeIfAbsent(item.path("form").asText("?"), k -> new int[2]);
            form[1]++;
            if (expected) {
                positives++;
                if (found) {
                    tp++;
                    form[0]++;
                } else {
                    fn++;
                    misses.add("missed  line " + (i + 1) + " [" + item.path("concept").asText() + "] " + item.get("text").asText());
                }
            } else {
                negatives++;
                if (found) {
                    fp++;
                    misses.add("false   line " + (i + 1) + " [" + item.path("concept").asText() + "] " + item.get("text").asText() + " → " + hits);
                } else {
                    form[0]++;
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        StringBuilder report = new StringBuilder(String.format("%n%s: precision %.3f recall %.3f (%d positives, %d negatives)%n",
                language, precision, recall, positives, negatives));
        byForm.forEach((k, v) -> report.append(String.format("  %-12s %d/%d right%n", k, v[0], v[1])));
        misses.forEach(m -> report.append("  ").append(m).append('\n'));
        System.out.println(report);
        assertTrue(positives >= MIN_EACH && negatives >= MIN_EACH, "corpus too small: " + report);
        assertTrue(precision >= MIN_PRECISION && recall >= MIN_RECALL, report.toString());
    }
}
