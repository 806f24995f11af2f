package dev.callaudit.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timing checks as the audit command shows them: the summary line, the warnings, the exit code. */
class AuditTimingTest {
    private static final String DIR = "src/test/resources/checks/timing";
    private static final String UNTIMED = DIR + "/untimed.jsonl";
    private static final String BAD = DIR + "/bad-timestamps.csv";

    private static long count(String haystack, String needle) {
        return haystack.lines().filter(l -> l.contains(needle)).count();
    }

    @Test
    void callsWithoutTimestampsAreCountedOnceInTheSummaryNotPerCall() {
        Cli.Result r = Cli.run("audit", UNTIMED);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(1, count(r.err(), "timing checks skipped"), r.err());
        assertTrue(r.err().lines().reduce((a, b) -> b).orElseThrow()
                .endsWith(" · 5 findings · timing checks skipped for 5 calls without timestamps"), r.err());
        Cli.Result json = Cli.run("audit", "--format", "json", UNTIMED);
        assertTrue(json.out().contains("\"timing_skipped\" : 5"), "JSON totals");
    }

    @Test
    void theSummarySaysNothingAboutTimingWhenEveryCallIsTimed() {
        Cli.Result r = Cli.run("audit", DIR + "/dead-air.jsonl");
        assertFalse(r.err().contains("timing checks skipped"), r.err());
    }

    @Test
    void timesOutOfOrderAreLocatedWarningsAndTheRunGoesOn() {
        Cli.Result r = Cli.run("audit", "--format", "text", BAD);
        assertEquals(0, r.exitCode(), "a warning does not change the exit code: " + r);
        assertTrue(r.err().contains(BAD + ":4: call zh-CN-ends-before-it-starts: turn 3 ends before it starts (start_ms 19200, "
                + "end_ms 1920; expected end_ms >= start_ms); timing checks skipped for this call (warning)"), r.err());
        assertTrue(r.err().contains(BAD + ":10: call zh-TW-starts-before-the-turn-before: turn 4 starts before turn 3"), r.err());
        assertTrue(r.err().contains(BAD + ":13: call ko-times-on-some-turns: turn 2 has no start_ms and end_ms"), r.err());
        assertEquals(3, count(r.err(), "(warning)"), "one warning per call, not one per check: " + r.err());
        assertFalse(r.err().contains("en-overlap-is-talk-over:"), "an overlap is a talk-over, not a broken time");
        assertTrue(r.out().contains(BAD + ":19: minor talk_over: call en-overlap-is-talk-over turn 3"), r.out());
        assertTrue(r.err().contains("4 calls read: 4 audited, 0 rejected"), "every call is still audited: " + r.err());
        assertFalse(r.err().contains("· timing checks skipped"), "broken times are warned about, not counted as missing");
    }

    @Test
    void theTimingOutputIsTheSameForAnyNumberOfThreads() {
        String one = Cli.run("audit", "--format", "json", "--threads", "1", DIR, "samples").out();
        for (String n : new String[] {"2", "4"}) {
            assertEquals(one, Cli.run("audit", "--format", "json", "--threads", n, DIR, "samples").out(), "--threads " + n);
        }
    }
}
