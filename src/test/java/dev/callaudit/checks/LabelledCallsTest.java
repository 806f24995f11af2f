package dev.callaudit.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callaudit.TestSupport;
import dev.callaudit.engine.CallResult;
import dev.callaudit.model.Call;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled calls under checks/labelled, in four languages: every call carries the expected
 * status of each stage with the reviewer's reason, the customer turn a confirmation restates, and the
 * turns where a forbidden phrase is expected. Prints the per-stage table (agreement on the status,
 * precision and recall of "pass") and every disagreement; fails below 0.95 on any figure.
 */
class LabelledCallsTest {
    private static final List<String> FIXTURES = List.of(
            "checks/labelled/zh-calls.jsonl",
            "checks/labelled/zh-CN-hard-calls.jsonl",
            "checks/labelled/zh-TW-calls.jsonl",
            "checks/labelled/ko-calls.jsonl",
            "checks/labelled/en-calls.jsonl");
    private static final double MIN = 0.95;

    /** Agreement and the confusion counts of "pass" for one stage. */
    private static final class Tally {
        int agree;
        int total;
        int tp;
        int fp;
        int fn;

        void add(String want, String got) {
            total++;
            agree += want.equals(got) ? 1 : 0;
            boolean w = want.equals("pass");
            boolean g = got.equals("pass");
            tp += w && g ? 1 : 0;
            fp += !w && g ? 1 : 0;
            fn += w && !g ? 1 : 0;
        }

        double agreement() {
            return total == 0 ? 1 : (double) agree / total;
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    @Test
    void stagesAndForbiddenPhrasesAgreeWithTheReviewersLabels() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Tally> stages = new LinkedHashMap<>();
        Map<String, Tally> byLanguage = new LinkedHashMap<>();
        int[] forbidden = new int[3]; // tp, fp, fn (turns)
        int[] paraphrased = new int[2]; // agree, total
        List<String> disagreements = new ArrayList<>();
        int calls = 0;
        for (String fixture : FIXTURES) {
            Map<String, JsonNode> labels = new HashMap<>();
            for (String line : Files.readAllLines(TestSupport.resource(fixture))) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    labels.put(n.get("call_id").asText(), n);
                }
            }
            for (Call call : TestSupport.calls(fixture)) {
                calls++;
                JsonNode label = labels.get(call.callId());
                JsonNode expect = label.get("expect");
                CallResult result = TestSupport.audit(call);
                for (String stage : CheckRegistry.stageKeys()) {
                    String want = expect.get(stage).asText();
                    StageResult got = result.stages().get(stage);
                    stages.computeIfAbsent(stage, k -> new Tally()).add(want, got.status().key());
                    byLanguage.computeIfAbsent(call.language(), k -> new Tally()).add(want, got.status().key());
                    if (!want.equals(got.status().key())) {
                        JsonNode reason = label.path("reasons").path(stage);
                        disagreements.add(call.callId() + " " + stage + ": expected " + want + ", got " + got.status().key()
                                + " (" + got.evidence() + ") — " + (reason.isMissingNode() ? label.get("why").asText() : reason.asText()));
                    }
                }
                JsonNode wantSource = expect.path("paraphrased_turn");
                if (wantSource.isInt() && result.stages().get(ConfirmationCheck.KEY).passed()) {
                    paraphrased[1]++;
                    Integer gotSource = result.stages().get(ConfirmationCheck.KEY).source();
                    if (gotSource != null && gotSource == wantSource.asInt()) {
                        paraphrased[0]++;
                    } else {
                        disagreements.add(call.callId() + " confirmation restates turn " + wantSource.asInt() + ", got " + gotSource);
                    }
                }
                TreeSet<Integer> wantTurns = new TreeSet<>();
                expect.get("forbidden_turns").forEach(t -> wantTurns.add(t.asInt()));
                TreeSet<Integer> gotTurns = new TreeSet<>();
                result.findings().stream().filter(f -> f.kind() == Finding.Kind.FORBIDDEN).forEach(f -> gotTurns.add(f.turn()));
                for (int t : gotTurns) {
                    if (wantTurns.contains(t)) {
                        forbidden[0]++;
                    } else {
                        forbidden[1]++;
                        disagreements.add(call.callId() + " forbidden: unexpected hit at turn " + t + " " + result.findings().stream()
                                .filter(f -> f.turn() == t && f.kind() == Finding.Kind.FORBIDDEN).map(f -> f.rule() + "「" + f.match() + "」").toList());
                    }
                }
                for (int t : wantTurns) {
                    if (!gotTurns.contains(t)) {
                        forbidden[2]++;
                        disagreements.add(call.callId() + " forbidden: missed turn " + t + " 「" + call.turns().get(t - 1).text() + "」");
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format("%n%d labelled calls%nstage           agree   pass-precision  pass-recall%n", calls));
        boolean ok = true;
        for (Map.Entry<String, Tally> e : stages.entrySet()) {
            Tally t = e.getValue();
            ok &= t.agreement() >= MIN && t.precision() >= MIN && t.recall() >= MIN;
            report.append(String.format("%-15s %5.3f   %5.3f           %5.3f%n", e.getKey(), t.agreement(), t.precision(), t.recall()));
        }
        for (Map.Entry<String, Tally> e : byLanguage.entrySet()) {
            Tally t = e.getValue();
            report.append(String.format("  %-13s %5.3f   %5.3f           %5.3f   (%d stage labels)%n", e.getKey(), t.agreement(),
                    t.precision(), t.recall(), t.total));
        }
        double fp = forbidden[0] + forbidden[1] == 0 ? 1 : (double) forbidden[0] / (forbidden[0] + forbidden[1]);
        double fr = forbidden[0] + forbidden[2] == 0 ? 1 : (double) forbidden[0] / (forbidden[0] + forbidden[2]);
        double pr = paraphrased[1] == 0 ? 1 : (double) paraphrased[0] / paraphrased[1];
        ok &= fp >= MIN && fr >= MIN && pr >= MIN;
        report.append(String.format("forbidden turns precision %5.3f recall %5.3f%n", fp, fr));
        report.append(String.format("restated customer turn agrees in %d of %d passed confirmations (%5.3f)%n",
                paraphrased[0], paraphrased[1], pr));
        disagreements.forEach(d -> report.append("  ").append(d).append('\n'));
        System.out.println(report);
        assertTrue(ok, report.toString());
        assertTrue(calls >= 200, "the labelled set has " + calls + " calls");
    }
}
