package dev.callaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --group-by-sort}: an export whose calls are interleaved audits as the same export grouped by call. */
class AuditGroupBySortTest {
    private static final String INTERLEAVED = "src/test/resources/io/group-by-sort/interleaved.csv";
    private static final String GROUPED = "src/test/resources/io/group-by-sort/grouped.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anInterleavedExportGetsTheSameScoresAndFindingsAtItsOwnLines() throws Exception {
        Cli.Result r = Cli.run("audit", "--group-by-sort", "--format", "json", INTERLEAVED);
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode interleaved = JSON.readTree(r.out());
        JsonNode grouped = JSON.readTree(Cli.run("audit", "--format", "json", GROUPED).out());
        assertEquals(grouped.get("totals"), interleaved.get("totals"));
        assertEquals(3, interleaved.get("totals").get("audited").asInt());
        assertEquals(grouped.get("agents"), interleaved.get("agents"));
        assertEquals(withoutPlace(grouped.get("calls")), withoutPlace(interleaved.get("calls")));
        assertEquals(withoutPlace(grouped.get("findings")), withoutPlace(interleaved.get("findings")));
        assertEquals(List.of("zh-1:2", "ko-1:3", "en-1:4"), places(interleaved.get("calls"), "call_id"),
                "calls in the order of their first row, at that row's line");
        // each finding at its turn's line in the file as the user has it
        assertEquals(List.of("zh-1:9", "zh-1:9", "zh-1:9", "zh-1:9", "zh-1:17", "zh-1:17", "ko-1:21", "en-1:15"),
                places(interleaved.get("findings"), "call_id"));
    }

    @Test
    void withoutTheOptionTheInterleavedCallsAreRejectedWithTheHint() {
        Cli.Result r = Cli.run("audit", "--format", "text", INTERLEAVED);
        assertEquals(0, r.exitCode(), "rejections alone do not fail a run: " + r);
        assertTrue(r.err().contains(INTERLEAVED + ":5: rejected call zh-1: rows of call zh-1 are not contiguous: it already ended earlier"
                + " in the file (read it with --group-by-sort, or sort the file by call_id)"), r.err());
        assertTrue(r.err().contains("19 calls read: 3 audited, 16 rejected"), r.err());
    }

    @Test
    void theRulesFileCanAskForItAndTheCommandLineCanTurnItOff(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("grouped.yaml"), "input:\n  group_by_sort: true\n");
        Cli.Result on = Cli.run("audit", "--rules", rules.toString(), INTERLEAVED);
        assertTrue(on.err().contains("3 calls read: 3 audited, 0 rejected"), on.err());
        Cli.Result off = Cli.run("audit", "--rules", rules.toString(), "--no-group-by-sort", INTERLEAVED);
        assertTrue(off.err().contains("19 calls read: 3 audited, 16 rejected"), off.err());
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "input:\n  group_by_sort: sometimes\n");
        assertEquals(2, Cli.run("audit", "--rules", bad.toString(), INTERLEAVED).exitCode());
    }

    @Test
    void standardInputIsGroupedToo() throws Exception {
        String csv = Files.readString(Path.of(INTERLEAVED), StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithStdin(csv, "audit", "--group-by-sort", "--format", "json", "-");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode calls = JSON.readTree(r.out()).get("calls");
        assertEquals(withoutPlace(JSON.readTree(Cli.run("audit", "--format", "json", GROUPED).out()).get("calls")), withoutPlace(calls));
        assertEquals("<stdin>", calls.get(2).get("file").asText());
        assertEquals(4, calls.get(2).get("line").asInt());
    }

    @Test
    void explainShowsAGroupedCallWhole() {
        Cli.Result r = Cli.run("explain", "--group-by-sort", INTERLEAVED, "--call", "en-1");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("interleaved.csv:4") && r.out().contains("score 90/100"), r.out());
        assertTrue(r.out().contains("Thank you for calling, have a great day!"), "the call's last row, at line 20: " + r.out());
    }

    @Test
    void jsonInputsAreNotAffected() {
        String json = "src/test/resources/cli/two-good-calls.jsonl";
        Cli.Result plain = Cli.run("audit", "--format", "json", json);
        Cli.Result grouped = Cli.run("audit", "--group-by-sort", "--format", "json", json);
        assertEquals(plain.out(), grouped.out());
        assertFalse(plain.out().isEmpty());
    }

    /** The report's rows without file and line, which necessarily differ between the two files. */
    private static JsonNode withoutPlace(JsonNode rows) {
        JsonNode copy = rows.deepCopy();
        for (JsonNode row : copy) {
            ((ObjectNode) row).remove(List.of("file", "line"));
        }
        return copy;
    }

    private static List<String> places(JsonNode rows, String key) {
        List<String> out = new ArrayList<>();
        rows.forEach(row -> out.add(row.get(key).asText() + ":" + row.get("line").asInt()));
        return out;
    }
}
