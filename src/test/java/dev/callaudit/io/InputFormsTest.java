package dev.callaudit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callaudit.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each input form is audited with the same stage results and findings as the same calls in our canonical CSV. */
class InputFormsTest {

    /** What a QA lead compares: per call, each stage's status and each finding, without where in the file it was. */
    static List<String> audit(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("audit", "--format", "json"));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        JsonNode doc = new ObjectMapper().readTree(r.out());
        List<String> out = new ArrayList<>();
        for (JsonNode c : doc.get("calls")) {
            c.get("stages").fields().forEachRemaining(s -> out.add(c.get("call_id").asText() + " " + s.getKey() + "=" + s.getValue().get("status").asText()));
            out.add(c.get("call_id").asText() + " score=" + c.get("score").asInt());
        }
        for (JsonNode f : doc.get("findings")) {
            out.add(f.get("call_id").asText() + " turn " + f.get("turn").asInt() + " " + f.get("rule").asText() + " "
                    + f.get("severity").asText() + " " + f.get("match").asText());
        }
        assertTrue(!out.isEmpty(), r.toString());
        return out;
    }

    @Test
    void aTrainingScriptAsTextIsAuditedAsItsCanonicalCsvAndPointsAtItsLines() throws Exception {
        assertEquals(audit("src/test/resources/io/script/training.canonical.csv"), audit("src/test/resources/io/script/training.txt"));
        String text = Cli.run("audit", "--format", "text", "src/test/resources/io/script/training.txt").out();
        assertTrue(text.contains("training.txt:10: major zh-dont-know"), "the line of 这个我不知道 in the script: " + text);
    }

    @Test
    void anExportWithItsOwnColumnsSeparatorAndSpeakerValuesIsReadThroughTheMapping() throws Exception {
        List<String> mapped = audit("--map", "call_id=ConversationId,agent_id=AgentName,speaker=Role,text=Utterance,turn=Seq",
                "--speaker-values", "agent=A,customer=C", "src/test/resources/io/export/semicolon-mapped.csv");
        assertEquals(audit("src/test/resources/io/export/semicolon-mapped.canonical.csv"), mapped);
        Cli.Result unmapped = Cli.run("audit", "src/test/resources/io/export/semicolon-mapped.csv");
        assertEquals(3, unmapped.exitCode());
        assertTrue(unmapped.err().contains("missing required columns call_id, agent_id, speaker, text (found: ConversationId, AgentName, Role, Seq, Utterance; name yours with --map call_id=YourColumn)"),
                unmapped.err());
    }

    @Test
    void theSameMappingCanLiveInTheRulesFile() throws Exception {
        assertEquals(audit("src/test/resources/io/export/semicolon-mapped.canonical.csv"),
                audit("--rules", "src/test/resources/io/export/mapping.callaudit.yaml", "src/test/resources/io/export/semicolon-mapped.csv"));
    }

    @Test
    void legacyEncodingsReadWithTheOptionAndUtf16ByItsByteOrderMark(@TempDir Path dir) throws Exception {
        String csv = "call_id,agent_id,language,speaker,text\nb-1,A03,zh-TW,agent,\"您好,安和銀行客服中心,請問您需要什麼幫助?\"\n"
                + "b-1,A03,zh-TW,customer,我想查帳單。\nb-1,A03,zh-TW,agent,\"這事不歸我管,感謝您的來電,再見!\"\n";
        Path utf8 = Files.writeString(dir.resolve("utf8.csv"), csv);
        Path big5 = Files.write(dir.resolve("big5.csv"), csv.getBytes("Big5"));
        Path utf16 = Files.write(dir.resolve("utf16.csv"), ("\uFEFF" + csv).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        List<String> expected = audit(utf8.toString());
        assertEquals(expected, audit("--encoding", "Big5", big5.toString()));
        assertEquals(expected, audit(utf16.toString()), "a UTF-16 byte-order mark is enough");
    }

    @Test
    void tabSeparatedFilesAreDetected() throws Exception {
        assertEquals(audit("src/test/resources/io/export/tab-separated.canonical.csv"), audit("src/test/resources/io/export/tab-separated.tsv"));
    }

    @Test
    void gzipCompressedInputsReadTransparentlyAndATruncatedOneSaysSo(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("calls.csv.gz");
        byte[] plain = Files.readAllBytes(Path.of("samples/calls.csv"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(plain);
        }
        List<String> fromGz = audit(gz.toString());
        assertEquals(audit("samples/calls.csv"), fromGz);
        byte[] whole = Files.readAllBytes(gz);
        Path cut = Files.write(dir.resolve("cut.csv.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Cli.Result r = Cli.run("audit", cut.toString());
        assertTrue(r.err().contains("the file ends early"), r.err());
    }

    @Test
    void foldersPickUpEveryKnownFormIncludingCompressedAndTextScripts(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("src/test/resources/io/script/training.txt"), dir.resolve("training.txt"));
        Files.writeString(dir.resolve("notes.txt"), "Remember to re-run the audit on Monday.\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("calls.jsonl.gz")))) {
            out.write(Files.readAllBytes(Path.of("samples/calls.jsonl")));
        }
        Cli.Result r = Cli.run("audit", dir.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("8 calls read: 8 audited, 0 rejected"), r.err());
        assertTrue(r.err().contains("notes.txt:1: not a dialogue script"), "a notes file is skipped, with a warning: " + r.err());
    }
}
