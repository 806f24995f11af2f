package dev.callaudit.io;

import dev.callaudit.TestSupport;
import dev.callaudit.model.Call;
import dev.callaudit.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --group-by-sort}: the external sort on its own, and the CSV reader reading through it. */
class CsvGroupingTest {
    private static final ReadOptions GROUPED = new ReadOptions(StandardCharsets.UTF_8, null, w -> { }).groupedBySort();

    @Test
    void callsComeOutInTheOrderOfTheirFirstRowAndRowsInFileOrder(@TempDir Path tmp) throws Exception {
        List<String> out = new ArrayList<>();
        try (CsvGrouping g = new CsvGrouping(1 << 20, 4, tmp)) {
            addAll(g, "b", "a", "b", "", "c", "a", "b", "c", "");
            CsvGrouping.Rows rows = g.finish();
            for (CsvGrouping.Row r = rows.next(); r != null; r = rows.next()) {
                out.add(r.fields()[0] + "@" + r.line());
            }
            assertEquals(0, g.runsWritten(), "one chunk stays in memory");
        }
        // b first (line 1), a (line 2), the row without a call id where it stood, c; a blank id is a group of its own
        assertEquals(List.of("b@1", "b@3", "b@7", "a@2", "a@6", "@4", "c@5", "c@8", "@9"), out);
    }

    @Test
    void manyRunsMergedInSeveralPassesGiveTheSameRowsAsOneChunkAndLeaveNoFiles(@TempDir Path tmp) throws Exception {
        String[] ids = new String[300];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "call-" + (i * 7919 % 37); // 37 calls, rows interleaved
        }
        List<String> oneChunk = drain(new CsvGrouping(1L << 30, 64, tmp), ids);
        CsvGrouping tiny = new CsvGrouping(1, 3, tmp); // a run per row, merged 3 at a time
        List<String> manyRuns = drain(tiny, ids);
        assertEquals(ids.length + intermediateRuns(ids.length, 3), tiny.runsWritten(), "a run per row, then merge passes");
        assertEquals(oneChunk, manyRuns);
        assertEquals(ids.length, manyRuns.size());
        assertEquals(List.of(), list(tmp), "run files are deleted");
    }

    @Test
    void closingBeforeTheEndStillDeletesTheRuns(@TempDir Path tmp) throws Exception {
        CsvGrouping g = new CsvGrouping(1, 2, tmp);
        addAll(g, "a", "b", "a", "c");
        g.finish().next();
        assertTrue(list(tmp).size() > 0, "runs are on disk while the merge reads them");
        g.close();
        assertEquals(List.of(), list(tmp));
    }

    @Test
    void longFieldsAndNewlinesSurviveTheRunFiles(@TempDir Path tmp) throws Exception {
        String turn = "喂".repeat(70_000) + "\n\"quoted\", 안녕";
        try (CsvGrouping g = new CsvGrouping(1, 2, tmp)) {
            g.add("x", 2, new String[] {"x", turn});
            g.add("y", 3, new String[] {"y", ""});
            g.add("x", 4, new String[] {"x", "second"});
            CsvGrouping.Rows it = g.finish();
            assertEquals(turn, it.next().fields()[1]);
            assertEquals("second", it.next().fields()[1]);
            assertEquals("", it.next().fields()[1]);
        }
    }

    @Test
    void anInterleavedExportReadsAsTheGroupedOneWithItsOwnLines() throws Exception {
        ReaderTestSupport.Read grouped = readGrouped(new CsvTranscriptReader(), "io/group-by-sort/interleaved.csv");
        ReaderTestSupport.Read sorted = ReaderTestSupport.read(new CsvTranscriptReader(), "io/group-by-sort/grouped.csv");
        assertEquals(List.of("zh-1", "ko-1", "en-1"), grouped.ids(), "first-appearance order, not call_id order");
        assertEquals(List.of(), grouped.rejected());
        for (int i = 0; i < 3; i++) {
            Call a = grouped.accepted().get(i).call();
            Call b = sorted.accepted().get(i).call();
            assertEquals(b.turns().stream().map(t -> t.speaker() + " " + t.text()).toList(),
                    a.turns().stream().map(t -> t.speaker() + " " + t.text()).toList());
            assertEquals(b.agentId(), a.agentId());
            assertEquals(b.language(), a.language());
        }
        assertEquals(List.of(2, 5, 9, 13, 17), lines(grouped.accepted().get(0).call()));
        assertEquals(List.of(3, 8, 11, 14, 16, 19, 21), lines(grouped.accepted().get(1).call()));
        assertEquals(List.of(4, 6, 10, 12, 15, 18, 20), lines(grouped.accepted().get(2).call()), "a quoted newline keeps the count");
        assertEquals(2, grouped.accepted().get(0).call().line(), "a call stands at its first row");
        assertEquals(4, grouped.accepted().get(2).call().line());
    }

    @Test
    void aTinyMemoryBoundGivesTheSameCallsAsOneChunkAndCleansUp(@TempDir Path tmp) throws Exception {
        List<Call> oneChunk = calls(readGrouped(new CsvTranscriptReader(), "io/group-by-sort/interleaved.csv"));
        List<Call> manyRuns = calls(readGrouped(new CsvTranscriptReader(100, 2, tmp), "io/group-by-sort/interleaved.csv"));
        assertEquals(oneChunk, manyRuns);
        assertEquals(List.of(), list(tmp), "run files are deleted");
    }

    @Test
    void malformedRowsOfAnInterleavedExportAreRejectedAtTheirOwnLines(@TempDir Path tmp) throws Exception {
        for (CsvTranscriptReader reader : List.of(new CsvTranscriptReader(), new CsvTranscriptReader(50, 2, tmp))) {
            ReaderTestSupport.Read r = readGrouped(reader, "io/group-by-sort/interleaved-malformed.csv");
            assertEquals(List.of("zh-1 accepted", "ko-1 line 6: expected 6 fields as in the header, found 7",
                    "null line 5: missing call_id", "en-1 line 10: unknown speaker 'robot' (expected agent or customer)",
                    "tw-1 line 12: expected 6 fields as in the header, found 7"), describe(r.items()));
            assertEquals(List.of(2, 4, 8, 13), lines(r.accepted().get(0).call()));
        }
        assertEquals(List.of(), list(tmp));
    }

    @Test
    void aQuoteNeverClosedRejectsTheCallItsRowShowsAndTheRestIsReadAsBefore(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("broken.csv"), "call_id,agent_id,speaker,text\n"
                + "a,A1,agent,您好。\n"
                + "b,A1,agent,您好。\n"
                + "a,A1,customer,你好。\n"
                + "b,A1,agent,\"never closed\n"
                + "a,A1,agent,再见。\n");
        ReaderTestSupport.Read r = ReaderTestSupport.read(new CsvTranscriptReader(), InputSource.file("broken.csv", file), GROUPED,
                new ArrayList<>());
        assertEquals(List.of("a accepted", "b line 5: a quoted field opened on this line is never closed; the rest of the file was not read"),
                describe(r.items()));
        assertEquals(List.of(2, 4), lines(r.accepted().get(0).call()));

        Path unknown = Files.writeString(tmp.resolve("unknown.csv"), "call_id,agent_id,speaker,text\n"
                + "a,A1,agent,您好。\n"
                + "b,A1,agent,您好。\n"
                + "\"never closed,A1,agent,x\n");
        ReaderTestSupport.Read u = ReaderTestSupport.read(new CsvTranscriptReader(), InputSource.file("unknown.csv", unknown), GROUPED,
                new ArrayList<>());
        assertEquals(List.of("a accepted", "b line 4: a quoted field opened on this line is never closed; the rest of the file was not read"),
                describe(u.items()), "a row that shows no call id is charged to the call of the row before it, as in file order");
    }

    @Test
    void aTemporaryFolderThatCannotBeWrittenIsAnInputErrorNotACrash(@TempDir Path tmp) {
        CsvTranscriptReader reader = new CsvTranscriptReader(1, 2, tmp.resolve("no-such-folder"));
        InputException e = assertThrows(InputException.class, () -> readGrouped(reader, "io/group-by-sort/interleaved.csv"));
        assertTrue(e.getMessage().contains("--group-by-sort: cannot write sorted rows to the temporary folder"), e.getMessage());
    }

    @Test
    void standardInputIsGroupedToo() throws Exception {
        byte[] bytes = Files.readAllBytes(TestSupport.resource("io/group-by-sort/interleaved.csv"));
        InputSource stdin = InputSource.stdin(new ByteArrayInputStream(bytes));
        ReaderTestSupport.Read r = ReaderTestSupport.read(new CsvTranscriptReader(), stdin, GROUPED, new ArrayList<>());
        assertEquals(List.of("zh-1", "ko-1", "en-1"), r.ids());
        assertEquals("<stdin>", r.accepted().get(1).call().file());
    }

    private static ReaderTestSupport.Read readGrouped(CsvTranscriptReader reader, String resource) throws InputException {
        return ReaderTestSupport.read(reader, InputSource.file(resource, TestSupport.resource(resource)), GROUPED, new ArrayList<>());
    }

    private static List<Call> calls(ReaderTestSupport.Read r) {
        return r.accepted().stream().map(ReadItem.Accepted::call).toList();
    }

    private static List<Integer> lines(Call c) {
        return c.turns().stream().map(Turn::line).toList();
    }

    private static List<String> describe(List<ReadItem> items) {
        return items.stream().map(i -> i instanceof ReadItem.Accepted a ? a.call().callId() + " accepted"
                : ((ReadItem.Rejected) i).callId() + " line " + ((ReadItem.Rejected) i).line() + ": " + ((ReadItem.Rejected) i).reason())
                .toList();
    }

    private static void addAll(CsvGrouping g, String... ids) throws Exception {
        for (int i = 0; i < ids.length; i++) {
            g.add(ids[i], i + 1, new String[] {ids[i], "row " + (i + 1)});
        }
    }

    private static List<String> drain(CsvGrouping g, String[] ids) throws Exception {
        List<String> out = new ArrayList<>();
        try (g) {
            addAll(g, ids);
            CsvGrouping.Rows rows = g.finish();
            for (CsvGrouping.Row r = rows.next(); r != null; r = rows.next()) {
                out.add(r.callId() + "@" + r.line() + "=" + String.join("|", r.fields()));
            }
        }
        return out;
    }

    /** Runs written by the intermediate passes when {@code runs} runs are merged {@code fanIn} at a time. */
    private static int intermediateRuns(int runs, int fanIn) {
        int merges = 0;
        while (runs > fanIn) {
            runs -= fanIn - 1;
            merges++;
        }
        return merges;
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("callaudit-group-")).toList();
        }
    }
}
