package dev.callaudit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callaudit.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What nightly jobs meet: empty, truncated, corrupted and enormous files. The run never hangs, never
 * shows a stack trace, and its totals account for every record.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputsTest {

    private static JsonNode totals(Cli.Result r) throws Exception {
        return new ObjectMapper().readTree(r.out()).get("totals");
    }

    private static void accountsForEveryRecord(Cli.Result r) throws Exception {
        JsonNode t = totals(r);
        assertEquals(t.get("read").asLong(), t.get("audited").asLong() + t.get("rejected").asLong(), r.out());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void anEmptyFileSaysSoAndExits3(@TempDir Path dir) throws Exception {
        Cli.Result csv = Cli.run("audit", Files.writeString(dir.resolve("empty.csv"), "").toString());
        assertEquals(3, csv.exitCode());
        assertTrue(csv.err().contains("empty.csv: empty file: expected a header row with call_id, agent_id, speaker, text"), csv.err());
        Cli.Result json = Cli.run("audit", Files.writeString(dir.resolve("empty.json"), "").toString());
        assertEquals(3, json.exitCode());
        assertTrue(json.err().contains("no calls found"), json.err());
    }

    @Test
    void aHeaderWithoutRowsFindsNoCalls(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("audit", "--format", "json", Files.writeString(dir.resolve("header.csv"), "call_id,agent_id,speaker,text\n").toString());
        assertEquals(3, r.exitCode());
        assertEquals(0, totals(r).get("read").asLong());
    }

    @Test
    void aFiftyMegabyteLineIsRejectedAsNotATurnWithoutRunningOutOfMemory(@TempDir Path dir) throws Exception {
        String big = "喂".repeat(50 * 1024 * 1024 / 3);
        Path jsonl = dir.resolve("big.jsonl");
        Files.writeString(jsonl, "{\"call_id\":\"ok\",\"agent_id\":\"A1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"您好\"}]}\n"
                + "{\"call_id\":\"huge\",\"agent_id\":\"A1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"" + big + "\"}]}\n");
        Cli.Result r = Cli.run("audit", "--format", "json", jsonl.toString());
        accountsForEveryRecord(r);
        assertEquals(1, totals(r).get("audited").asLong());
        assertTrue(r.err().contains("big.jsonl:2: rejected call huge: a turn of") && r.err().contains("not a spoken turn"), r.err());
        Path csv = dir.resolve("big.csv");
        Files.writeString(csv, "call_id,agent_id,speaker,text\nhuge,A1,agent," + big + "\n");
        Cli.Result c = Cli.run("audit", "--format", "json", csv.toString());
        accountsForEveryRecord(c);
        assertEquals(1, totals(c).get("rejected").asLong());
    }

    @Test
    void aCallWithAHundredThousandTurnsIsAudited(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("{\"call_id\":\"long\",\"agent_id\":\"A1\",\"turns\":[");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i == 0 ? "" : ",").append(i % 2 == 0
                    ? "{\"speaker\":\"agent\",\"text\":\"我跟您确认一下,您是要查询第" + i + "期账单对吗?\"}"
                    : "{\"speaker\":\"customer\",\"text\":\"我想查一下第" + i + "期的账单。\"}");
        }
        Path f = Files.writeString(dir.resolve("long.json"), sb.append("]}").toString());
        Cli.Result r = Cli.run("audit", "--format", "json", f.toString());
        accountsForEveryRecord(r);
        assertEquals(100_000, new ObjectMapper().readTree(r.out()).at("/calls/0/turns").asInt());
    }

    @Test
    void nulBytesAreReadOrRejectedNeverACrash(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("nul.csv"), "call_id,agent_id,speaker,text\nn1,A1,agent,您好\u0000请问有什么\u0000可以帮您\n");
        Cli.Result c = Cli.run("audit", "--format", "json", csv.toString());
        accountsForEveryRecord(c);
        assertEquals(1, totals(c).get("audited").asLong(), "a NUL inside text is read as a separator");
        Path jsonl = Files.write(dir.resolve("nul.jsonl"), ("{\"call_id\":\"n2\",\"agent_id\":\"A1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"您好\u0000\"}]}\n"
                + "{\"call_id\":\"n3\",\"agent_id\":\"A1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"您好\"}]}\n").getBytes(StandardCharsets.UTF_8));
        Cli.Result j = Cli.run("audit", "--format", "json", jsonl.toString());
        accountsForEveryRecord(j);
        assertTrue(j.err().contains("nul.jsonl:1: rejected call n2: invalid JSON"), j.err());
        assertEquals(1, totals(j).get("audited").asLong());
    }

    @Test
    void invalidUtf8InJsonLinesNamesTheEncodingToTry(@TempDir Path dir) throws Exception {
        byte[] gbk = "{\"call_id\":\"g1\",\"agent_id\":\"A1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"您好\"}]}\n".getBytes("GBK");
        Cli.Result r = Cli.run("audit", "--format", "json", Files.write(dir.resolve("gbk.jsonl"), gbk).toString());
        accountsForEveryRecord(r);
        assertTrue(r.err().contains("not valid UTF-8") && r.err().contains("--encoding GBK"), r.err());
        Cli.Result ok = Cli.run("audit", "--format", "json", "--encoding", "GBK", dir.resolve("gbk.jsonl").toString());
        assertEquals(1, totals(ok).get("audited").asLong(), ok.err());
    }

    @Test
    void jsonNestedTenThousandLevelsDeepIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Path jsonl = Files.writeString(dir.resolve("deep.jsonl"),
                "{\"call_id\":\"d0\",\"agent_id\":\"A1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"您好\"}]}\n"
                        + "{\"call_id\":\"d1\",\"agent_id\":\"A1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"您好\",\"x\":" + deep + "}]}\n");
        Cli.Result r = Cli.run("audit", "--format", "json", jsonl.toString());
        accountsForEveryRecord(r);
        assertTrue(r.err().contains("deep.jsonl:2: rejected call d1: invalid JSON"), r.err());
        Path json = Files.writeString(dir.resolve("deep.json"), deep);
        Cli.Result d = Cli.run("audit", "--format", "json", json.toString());
        assertTrue(d.err().contains("deep.json:1: rejected") && d.err().contains("the rest of the file was not read"), d.err());
    }

    @Test
    void theSameCallIdInTwoFilesIsTwoCallsWithAWarning(@TempDir Path dir) throws Exception {
        String call = "{\"call_id\":\"same\",\"agent_id\":\"A1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"您好\"}]}\n";
        Files.writeString(dir.resolve("a.jsonl"), call);
        Files.writeString(dir.resolve("b.jsonl"), call);
        Cli.Result r = Cli.run("audit", "--format", "json", dir.toString());
        assertEquals(2, totals(r).get("audited").asLong());
        assertTrue(r.err().contains("b.jsonl:1: call id same also appears in ") && r.err().contains("a.jsonl; audited as a separate call"), r.err());
    }
}
