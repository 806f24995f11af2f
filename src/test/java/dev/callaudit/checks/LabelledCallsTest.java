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
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled calls under checks/labelled: every call carries the expected status of each stage
 * and the turns where a forbidden phrase is expected. Reports every disagreement, and the
 * precision and recall of "pass" per stage and of forbidden turns.
 */
class LabelledCallsTest {
    private static final String FIXTURE = "checks/labelled/zh-calls.jsonl";
    private static final double MIN_AGREEMENT = 0.95;

    @Test
    void stagesAndForbiddenPhrasesAgreeWithTheLabels() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> expected = new HashMap<>();
        for (String line : Files.readAllLines(TestSupport.resource(FIXTURE))) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                expected.put(n.get("call_id").asText(), n);
            }
        }
        List<String> disagreements = new ArrayList<>();
        Map<String, int[]> counts = new HashMap<>(); // stage -> {agree, total, tp, fp, fn}
        int[] forbidden = new int[3]; // tp, fp, fn (turns)
        List<Call> calls = TestSupport.calls(FIXTURE);
        for (Call call : calls) {
            JsonNode expect = expected.get(call.callId()).get("expect");
            CallResult result = TestSupport.audit(call);
            for (String stage : CheckRegistry.stageKeys()) {
                String want = expect.get(stage).asText();
                String got = result.stages().get(stage).status().key();
                int[] c = counts.computeIfAbsent(stage, k -> new int[5]);
                c[1]++;
                if (want.equals(got)) {
                    c[0]++;
                } else {
                    disagreements.add(call.callId() + " " + stage + ": expected " + want + ", got " + got
                            + " (" + result.stages().get(stage).evidence() + ") — " + expected.get(call.callId()).get("why").asText());
                }
                boolean wantPass = want.equals("pass");
                boolean gotPass = got.equals("pass");
                c[2] += wantPass && gotPass ? 1 : 0;
                c[3] += !wantPass && gotPass ? 1 : 0;
                c[4] += wantPass && !gotPass ? 1 : 0;
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
        StringBuilder report = new StringBuilder("\nstage           agree   pass-precision  pass-recall\n");
        boolean ok = true;
        for (String stage : CheckRegistry.stageKeys()) {
            int[] c = counts.get(stage);
            double agree = (double) c[0] / c[1];
            double precision = c[2] + c[3] == 0 ? 1 : (double) c[2] / (c[2] + c[3]);
            double recall = c[2] + c[4] == 0 ? 1 : (double) c[2] / (c[2] + c[4]);
            ok &= agree >= MIN_AGREEMENT && precision >= MIN_AGREEMENT && recall >= MIN_AGREEMENT;
            report.append(String.format("%-15s %5.3f   %5.3f           %5.3f%n", stage, agree, precision, recall));
        }
        double fp = forbidden[0] + forbidden[1] == 0 ? 1 : (double) forbidden[0] / (forbidden[0] + forbidden[1]);
        double fr = forbidden[0] + forbidden[2] == 0 ? 1 : (double) forbidden[0] / (forbidden[0] + forbidden[2]);
        ok &= fp >= MIN_AGREEMENT && fr >= MIN_AGREEMENT;
        report.append(String.format("forbidden turns precision %5.3f recall %5.3f (%d calls)%n", fp, fr, calls.size()));
        disagreements.forEach(d -> report.append("  ").append(d).append('\n'));
        System.out.println(report);
        assertTrue(ok, report.toString());
        assertTrue(calls.size() >= 60, "the labelled set has " + calls.size() + " calls");
    }
}
