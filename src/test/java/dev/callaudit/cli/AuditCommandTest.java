package dev.callaudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI as a user meets it: exit codes, what goes to standard output and standard error. */
class AuditCommandTest {
    private static final String GOOD = "src/test/resources/cli/two-good-calls.jsonl";
    private static final String BAD = "src/test/resources/cli/one-bad-call.csv";

    @Test
    void exit0WithAPerAgentTableAndASummary() {
        Cli.Result r = Cli.run("audit", GOOD);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("A1") && r.out().contains("王芳") && r.out().contains("A2"), r.out());
        assertTrue(r.err().contains("2 calls read: 2 audited, 0 rejected"), r.err());
    }

    @Test
    void findingsAloneDoNotFailTheRun() {
        assertEquals(0, Cli.run("audit", BAD).exitCode());
    }

    @Test
    void exit1WhenACallScoresBelowFailUnderWithAOneLineReason() {
        Cli.Result r = Cli.run("audit", "--fail-under", "80", GOOD, BAD);
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("1 call below --fail-under 80 (lowest: b1 at src/test/resources/cli/one-bad-call.csv:2, score 0)"), r.err());
    }

    @Test
    void exit1WhenAFindingIsAtLeastFailOn() {
        Cli.Result r = Cli.run("audit", "--fail-on", "major", BAD);
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("at or above --fail-on major"), r.err());
        assertEquals(0, Cli.run("audit", "--fail-on", "critical", BAD).exitCode());
    }

    @Test
    void exit2ForBadUsageWithAHintNotAStackTrace() {
        Cli.Result r = Cli.run("audit", "--fail-under", "abc", GOOD);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Try 'callaudit audit --help'"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(2, Cli.run("audit", "--format", "pdf", GOOD).exitCode());
        assertEquals(2, Cli.run("audit", "--fail-under", "101", GOOD).exitCode());
        assertEquals(2, Cli.run("audit").exitCode(), "an input is required");
        Cli.Result lang = Cli.run("audit", "--lang", "ja", GOOD);
        assertEquals(2, lang.exitCode(), "no Japanese pack: " + lang);
        assertTrue(lang.err().contains("--lang ja: no rule pack for that language (packs: "), lang.err());
    }

    @Test
    void exit2ForABadRulesFileBeforeAnyInputIsRead() {
        Cli.Result r = Cli.run("audit", "--rules", "src/test/resources/rules/bad-severity.yaml", "no/such/input.csv");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("bad-severity.yaml:4:15: forbidden[1].severity: 'terrible' is not a severity"), r.err());
        assertFalse(r.err().contains("no/such/input.csv"), "inputs are not read when the rules are bad: " + r.err());
    }

    @Test
    void exit3ForAMissingInputWhileTheOtherInputsAreStillAudited() {
        Cli.Result r = Cli.run("audit", "no/such/file.csv", GOOD);
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains("callaudit: no/such/file.csv: no such file or folder"), r.err());
        assertTrue(r.out().contains("王芳"), "the good input is reported: " + r.out());
    }

    @Test
    void exit3WhenNoCallsAreFound(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        Cli.Result r = Cli.run("audit", empty.toString());
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no calls found"), r.err());
    }

    @Test
    void malformedRecordsAreReportedWithTheirLinesAndCountedWhileTheRestIsAudited() {
        Cli.Result r = Cli.run("audit", "--format", "json", "src/test/resources/io/malformed-rows.csv", "src/test/resources/io/invalid-line.jsonl");
        assertEquals(0, r.exitCode(), "malformed records do not change the exit code without --strict: " + r);
        assertTrue(r.err().contains("src/test/resources/io/malformed-rows.csv:6: rejected call c2: unknown speaker 'robot'"), r.err());
        assertTrue(r.err().contains("src/test/resources/io/invalid-line.jsonl:2: rejected call j2: invalid JSON"), r.err());
        assertTrue(r.err().contains("8 calls read: 4 audited, 4 rejected"), r.err());
        assertTrue(r.out().contains("\"read\" : 8") && r.out().contains("\"audited\" : 4") && r.out().contains("\"rejected\" : 4"), r.out());
    }

    @Test
    void exit3UnderStrictWhenARecordIsRejected() {
        Cli.Result r = Cli.run("audit", "--strict", "src/test/resources/io/invalid-line.jsonl");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.out().contains("A1"), "the valid calls are still reported");
    }

    @Test
    void readsStandardInput() throws Exception {
        String jsonl = Files.readString(Path.of(GOOD));
        Cli.Result r = Cli.runWithStdin(jsonl, "audit", "--format", "csv", "--report", "calls", "-");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("<stdin>,1,g1,A1")), r.out());
    }

    @Test
    void phoneAndAccountNumbersAreMaskedUnlessNoRedact() {
        for (String format : new String[] {"csv", "json"}) {
            Cli.Result masked = Cli.run("audit", "--format", format, "--report", "findings", BAD);
            assertFalse(masked.out().contains("13812345678"), format + ": " + masked.out());
            assertTrue(masked.out().contains("账号*******5678"), format + ": " + masked.out());
            Cli.Result plain = Cli.run("audit", "--format", format, "--report", "findings", "--no-redact", BAD);
            assertTrue(plain.out().contains("账号13812345678"), format + ": " + plain.out());
        }
    }

    @Test
    void outWritesTheReportToAFileAndBomStartsCsvWithTheByteOrderMark(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("agents.csv");
        Cli.Result r = Cli.run("audit", "--format", "csv", "--bom", "--out", out.toString(), GOOD);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.out());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("agent_id,agent_name,calls,mean_score"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        String first = Cli.run("audit", "--format", "json", GOOD, BAD).out();
        String second = Cli.run("audit", "--format", "json", BAD, GOOD).out();
        assertEquals(first, second, "inputs are read in sorted path order whatever the command line order");
    }

    @Test
    void theOutputIsTheSameForAnyNumberOfThreads() {
        String one = Cli.run("audit", "--format", "json", "--threads", "1", "samples", "src/test/resources/checks/labelled").out();
        for (String n : new String[] {"2", "4", "0"}) {
            assertEquals(one, Cli.run("audit", "--format", "json", "--threads", n, "samples", "src/test/resources/checks/labelled").out(),
                    "--threads " + n);
        }
    }

    @Test
    void versionAndHelpListTheExitCodes() {
        assertTrue(Cli.run("--version").out().startsWith("callaudit "));
        Cli.Result help = Cli.run("audit", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("bar missed"), help.out());
        assertTrue(help.out().contains("table, csv, json"), help.out());
    }

    @Test
    void rulesCommandValidatesAndSummarizes() {
        Cli.Result ok = Cli.run("rules");
        assertEquals(0, ok.exitCode(), ok.toString());
        assertTrue(ok.out().contains("pack zh-CN") && ok.out().contains("forbidden phrases:"), ok.out());
        assertEquals(2, Cli.run("rules", "--rules", "src/test/resources/rules/unknown-key.yaml").exitCode());
    }

    @Test
    void callsWithoutADirectionFollowTheCommandLineOrTheRulesFile(@TempDir Path dir) throws Exception {
        Path calls = Files.writeString(dir.resolve("campaign.jsonl"), "{\"call_id\": \"o1\", \"agent_id\": \"A1\", \"turns\": ["
                + "{\"speaker\": \"agent\", \"text\": \"您好,华信客服中心,请问有什么可以帮您?\"}, {\"speaker\": \"customer\", \"text\": \"你好。\"}]}\n");
        String inbound = Cli.run("audit", "--format", "json", calls.toString()).out();
        assertTrue(inbound.contains("\"opening\" : {\n        \"passed\" : true"), inbound);
        Cli.Result outbound = Cli.run("audit", "--format", "json", "--direction", "outbound", calls.toString());
        assertTrue(outbound.out().contains("outbound greeting without confirming who is on the line or asking whether now is convenient"),
                outbound.out());
        Path rules = Files.writeString(dir.resolve("outbound.yaml"), "input:\n  direction: outbound\n");
        assertTrue(Cli.run("audit", "--format", "json", "--rules", rules.toString(), calls.toString()).out()
                .contains("outbound greeting without"));
        Cli.Result bad = Cli.run("audit", "--direction", "sideways", calls.toString());
        assertEquals(2, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("--direction (or input.direction in the rules) sideways: expected inbound or outbound"), bad.err());
    }

    @Test
    void aWindowOrLookbackOfZeroIsARulesErrorNotACrash(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("zero.yaml"), "stages:\n  confirmation:\n    lookback: 0\n");
        Cli.Result r = Cli.run("audit", "--rules", rules.toString(), "samples/calls.csv");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("zero.yaml:") && r.err().contains("confirmation.lookback must be 1 or more, not 0"), r.err());
    }
}
