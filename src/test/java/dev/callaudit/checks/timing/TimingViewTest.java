package dev.callaudit.checks.timing;

import dev.callaudit.TestSupport;
import dev.callaudit.model.Call;
import dev.callaudit.model.Direction;
import dev.callaudit.model.Speaker;
import dev.callaudit.model.Turn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gaps and overlaps per turn, as explain shows them, and the calls whose times cannot be used. */
class TimingViewTest {

    private static Call call(Turn... turns) {
        return new Call("c1", "A1", null, null, "zh-CN", Direction.INBOUND, "calls.csv", 2, List.of(turns));
    }

    private static Turn turn(int index, Speaker who, Long start, Long end) {
        return new Turn(index, who, "文本", start, end, index + 1);
    }

    @Test
    void eachTurnHasTheSilenceBeforeItAndItsOverlapWithTheTurnStillSpeaking() {
        TimingView v = TimingView.of(call(
                turn(1, Speaker.AGENT, 0L, 4000L),
                turn(2, Speaker.CUSTOMER, 5500L, 20000L),       // 1.5 s after the agent
                turn(3, Speaker.AGENT, 9000L, 9500L),           // 嗯 inside the customer's turn
                turn(4, Speaker.AGENT, 19000L, 30000L),         // starts 1 s before the customer ends
                turn(5, Speaker.CUSTOMER, 33000L, 35000L)));    // 3 s after the agent
        assertEquals(TimingView.Status.TIMED, v.status());
        assertNull(v.turn(1).gapBeforeMs(), "nothing before the first turn");
        assertEquals(1500L, v.turn(2).gapBeforeMs());
        assertEquals(0L, v.turn(2).overlapMs());
        assertEquals(0L, v.turn(3).gapBeforeMs());
        assertEquals(500L, v.turn(3).overlapMs(), "the 嗯 lies wholly inside turn 2");
        assertEquals(2, v.turn(3).after());
        assertEquals(1000L, v.turn(4).overlapMs(), "measured from turn 2, which ends last, not from the 嗯");
        assertEquals(2, v.turn(4).after());
        assertEquals(3000L, v.turn(5).gapBeforeMs());
        assertEquals(4, v.turn(5).after());
        assertEquals(11000L, v.turn(4).durationMs());
    }

    @Test
    void aCallWithoutTimesOrWithStartTimesOnlyHasNoTimestamps() {
        assertEquals(TimingView.Status.NO_TIMESTAMPS, TimingView.of(call(turn(1, Speaker.AGENT, null, null),
                turn(2, Speaker.CUSTOMER, null, null))).status());
        TimingView startsOnly = TimingView.of(call(turn(1, Speaker.AGENT, 0L, null), turn(2, Speaker.CUSTOMER, 3000L, null)));
        assertEquals(TimingView.Status.NO_TIMESTAMPS, startsOnly.status(), "Google CCAI exports carry start times only");
        assertNull(startsOnly.warning(), "no warning: the run summary counts these calls once");
        assertNull(startsOnly.turn(2).gapBeforeMs());
    }

    @Test
    void timesThatMakeNoSenseAreLocatedAndSayWhatWasExpected() {
        TimingView backwards = TimingView.of(call(turn(1, Speaker.AGENT, 0L, 4000L), turn(2, Speaker.CUSTOMER, 6000L, 5000L)));
        assertEquals(TimingView.Status.INVALID, backwards.status());
        assertEquals(3, backwards.problem().line());
        assertEquals("calls.csv:3: call c1: turn 2 ends before it starts (start_ms 6000, end_ms 5000; expected end_ms >= start_ms);"
                + " timing checks skipped for this call", backwards.warning());

        TimingView disorder = TimingView.of(call(turn(1, Speaker.AGENT, 0L, 4000L), turn(2, Speaker.CUSTOMER, 6000L, 9000L),
                turn(3, Speaker.AGENT, 5000L, 7000L)));
        assertEquals(TimingView.Status.INVALID, disorder.status());
        assertTrue(disorder.warning().startsWith("calls.csv:4: call c1: turn 3 starts before turn 2"), disorder.warning());
        assertTrue(disorder.warning().contains("expected each turn to start no earlier than the turn before it"), disorder.warning());

        TimingView partial = TimingView.of(call(turn(1, Speaker.AGENT, 0L, 4000L), turn(2, Speaker.CUSTOMER, null, null)));
        assertEquals(TimingView.Status.INVALID, partial.status());
        assertTrue(partial.warning().contains("turn 2 has no start_ms and end_ms while other turns of the call have times"),
                partial.warning());
        assertNull(partial.turn(1).gapBeforeMs(), "no gaps are measured on times that cannot be trusted");
    }

    @Test
    void aTurnInsideTheTurnBeforeIsAnOverlapNotAnError() {
        TimingView v = TimingView.of(call(turn(1, Speaker.CUSTOMER, 0L, 10000L), turn(2, Speaker.AGENT, 10000L, 12000L),
                turn(3, Speaker.CUSTOMER, 10000L, 10400L)));
        assertEquals(TimingView.Status.TIMED, v.status(), "same start as the turn before is fine");
        assertEquals(0L, v.turn(2).gapBeforeMs());
        assertEquals(400L, v.turn(3).overlapMs());
    }

    @Test
    void theSamplesAreTimedAndTheirGapsAreTheFileTimes() {
        Call c = TestSupport.calls("checks/timing/hold-etiquette.jsonl").get(0);
        TimingView v = TimingView.of(c);
        assertEquals(TimingView.Status.TIMED, v.status());
        assertEquals(20000L, v.turn(4).gapBeforeMs(), c.callId() + ": the 20 s hold");
    }
}
