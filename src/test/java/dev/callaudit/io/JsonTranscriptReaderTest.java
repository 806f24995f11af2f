package dev.callaudit.io;

import dev.callaudit.model.Call;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.callaudit.io.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTranscriptReaderTest {
    private final JsonTranscriptReader json = new JsonTranscriptReader();

    @Test
    void anInvalidJsonLineIsRejectedAtItsLineAndTheNextLinesAreStillRead() throws Exception {
        ReaderTestSupport.Read r = read(json, "io/invalid-line.jsonl");
        assertEquals(List.of("j1", "j3"), r.ids());
        assertEquals(2, r.rejected().size());
        ReadItem.Rejected broken = r.rejected().get(0);
        assertEquals(2, broken.line());
        assertEquals("j2", broken.callId(), "the id is named when it can still be seen");
        assertTrue(broken.reason().startsWith("invalid JSON"), broken.reason());
        ReadItem.Rejected martian = r.rejected().get(1);
        assertEquals(5, martian.line(), "blank lines still count");
        assertEquals("unknown speaker 'martian' (expected agent or customer)", martian.reason());
    }

    @Test
    void anObjectWithACallsArrayIsStreamedWhereverTheArrayStands() throws Exception {
        ReaderTestSupport.Read r = read(json, "io/wrapper.json");
        assertEquals(List.of("w1", "42"), r.ids());
        Call w1 = r.accepted().get(0).call();
        assertEquals(4, w1.line());
        assertEquals(List.of(6, 7), w1.turns().stream().map(t -> t.line()).toList());
    }

    @Test
    void anArrayOfCallsAndASingleCallAreRead() throws Exception {
        assertEquals(List.of("a1", "a2"), read(json, "io/array.json").ids());
        Call s1 = read(json, "io/single.json").accepted().get(0).call();
        assertEquals("王芳", s1.agentName());
        assertEquals(1200L, s1.turns().get(0).endMs());
        assertNull(s1.customerName());
    }

    @Test
    void brokenSyntaxInADocumentIsReportedOnceAndTheCallsBeforeItKept() throws Exception {
        ReaderTestSupport.Read r = read(json, "io/broken-document.json");
        assertEquals(List.of("b1"), r.ids());
        assertEquals(1, r.rejected().size());
        assertEquals(4, r.rejected().get(0).line());
        assertTrue(r.rejected().get(0).reason().endsWith("the rest of the file was not read"), r.rejected().get(0).reason());
    }
}
