package dev.callaudit.io;

import dev.callaudit.model.Call;
import dev.callaudit.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.callaudit.io.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTranscriptReaderTest {
    private final CsvTranscriptReader csv = new CsvTranscriptReader();

    @Test
    void aMalformedRowRejectsItsCallWholeAtItsLineAndTheOthersAreRead() throws Exception {
        ReaderTestSupport.Read r = read(csv, "io/malformed-rows.csv");
        assertEquals(List.of("c1", "c4"), r.ids());
        assertEquals(2, r.rejected().size());
        ReadItem.Rejected robot = r.rejected().get(0);
        assertEquals("c2", robot.callId());
        assertEquals(6, robot.line());
        assertEquals("unknown speaker 'robot' (expected agent or customer)", robot.reason());
        ReadItem.Rejected extra = r.rejected().get(1);
        assertEquals("c3", extra.callId());
        assertEquals(10, extra.line());
        assertEquals("expected 4 fields as in the header, found 5", extra.reason());
    }

    @Test
    void chineseSpeakerAliasesAndQuotedCommasAreRead() throws Exception {
        Call c4 = read(csv, "io/malformed-rows.csv").accepted().get(1).call();
        assertEquals(List.of(Speaker.AGENT, Speaker.CUSTOMER), c4.turns().stream().map(t -> t.speaker()).toList());
        assertEquals("您好,请问有什么可以帮您?", c4.turns().get(0).text());
        assertEquals(11, c4.turns().get(0).line());
    }

    @Test
    void aMissingRequiredColumnNamesItAndTheColumnsFound() {
        InputException e = assertThrows(InputException.class, () -> read(csv, "io/missing-column.csv"));
        assertEquals("io/missing-column.csv:1: missing required column speaker (found: call_id, agent_id, text; name yours with --map speaker=YourColumn)", e.located());
    }

    @Test
    void anUnclosedQuoteIsReportedOnceWhereItOpened() throws Exception {
        ReaderTestSupport.Read r = read(csv, "io/unterminated-quote.csv");
        assertEquals(List.of("c1"), r.ids());
        assertEquals(1, r.rejected().size());
        assertEquals(4, r.rejected().get(0).line());
        assertEquals("c2", r.rejected().get(0).callId());
        assertTrue(r.rejected().get(0).reason().contains("never closed; the rest of the file was not read"));
    }

    @Test
    void headerNamesAreCaseInsensitiveInAnyOrderAndTheTurnColumnOrdersTurns() throws Exception {
        Call c = read(csv, "io/turn-column-orders-turns.csv").accepted().get(0).call();
        assertEquals(List.of("您好,请问有什么可以帮您?", "我姓王。", "感谢您的来电,再见!"), c.turns().stream().map(t -> t.text()).toList());
        assertEquals(List.of(1, 2, 3), c.turns().stream().map(t -> t.index()).toList());
        assertEquals(List.of(3, 4, 2), c.turns().stream().map(t -> t.line()).toList(), "each turn keeps its own line");
    }

    @Test
    void aCallWhoseRowsComeBackLaterIsRejectedNotAuditedInPieces() throws Exception {
        ReaderTestSupport.Read r = read(csv, "io/non-contiguous.csv");
        assertEquals(List.of("c1", "c2"), r.ids());
        assertEquals(4, r.rejected().get(0).line());
        assertEquals("rows of call c1 are not contiguous: it already ended earlier in the file"
                + " (read it with --group-by-sort, or sort the file by call_id)", r.rejected().get(0).reason());
    }

    @Test
    void aTransferIsScoredForTheFirstAgentWithAWarning() throws Exception {
        ReaderTestSupport.Read r = read(csv, "io/transfer.csv");
        assertEquals("A1", r.accepted().get(0).call().agentId());
        assertEquals(List.of("io/transfer.csv:4: call c1 changes agent from A1 to A2 (a transfer); it is scored for A1"), r.warnings());
    }

    @Test
    void gbkFilesReadWithTheEncodingOptionAndFailClearlyWithout(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "call_id,agent_id,speaker,text\nc1,A1,agent,您好,请问有什么可以帮您\n".replace("您好,", "您好，")
                .getBytes(Charset.forName("GBK")));
        ReaderTestSupport.Read ok = read(csv, "gbk.csv", gbk, Charset.forName("GBK"));
        assertEquals("您好，请问有什么可以帮您", ok.accepted().get(0).call().turns().get(0).text());
        InputException e = assertThrows(InputException.class, () -> read(csv, "gbk.csv", gbk, StandardCharsets.UTF_8));
        assertTrue(e.located().startsWith("gbk.csv:1: bytes that are not valid UTF-8"), e.located());
        assertTrue(e.getMessage().contains("--encoding GBK"), e.getMessage());
    }

    @Test
    void aUtf8ByteOrderMarkIsTolerated(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.csv");
        Files.writeString(f, "\uFEFFcall_id,agent_id,speaker,text\nc1,A1,agent,您好\n");
        assertEquals(List.of("c1"), read(csv, "bom.csv", f, StandardCharsets.UTF_8).ids());
    }
}
