package dev.callaudit.scoring;

import dev.callaudit.TestSupport;
import dev.callaudit.engine.CallResult;
import dev.callaudit.model.Call;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgentStatsTest {
    private static final String FIXTURE = "scoring/hand-scored.jsonl";

    private static AgentStats stats(String agent, List<CallResult> results, int from, int to) {
        AgentStats a = new AgentStats(agent);
        for (int i = from; i < to; i++) {
            CallResult r = results.get(i);
            a.add(r.order(), r.agentName(), r.score(), r.stages(), r.findings());
        }
        return a;
    }

    private static List<CallResult> audited(String agent) {
        List<Call> calls = TestSupport.calls(FIXTURE).stream().filter(c -> c.agentId().equals(agent)).toList();
        return java.util.stream.IntStream.range(0, calls.size())
                .mapToObj(i -> new dev.callaudit.engine.Auditor().audit(calls.get(i),
                        TestSupport.builtInRules().forLanguage(null).orElseThrow(), i + 1))
                .toList();
    }

    @Test
    void perAgentFiguresAreTheOnesComputedByHand() {
        List<CallResult> a1 = audited("A1");
        AgentStats s = stats("A1", a1, 0, a1.size());
        // A1: scores 100 and 80, both pass; closing passed once of twice; one forbidden hit over two calls
        assertEquals(2, s.calls());
        assertEquals(90.0, s.meanScore());
        assertEquals(80, s.minScore());
        assertEquals(1.0, s.passRate());
        assertEquals(0.5, s.stageRate("closing"));
        assertEquals(1.0, s.stageRate("opening"));
        assertEquals(0.5, s.forbiddenPerCall());
        assertEquals("王芳", s.agentName());
        assertEquals("zh-you-were-unclear", s.topPhrases(3).get(0).getKey());
    }

    @Test
    void stagesThatNeverAppliedHaveNoRate() {
        List<CallResult> a2 = audited("A2");
        AgentStats s = stats("A2", a2, 1, 2); // the silent line only
        assertNull(s.stageRate("caller_name"));
        assertEquals(0.0, s.stageRate("closing"));
    }

    private static final String TIMED = "checks/timing/agent-aggregation.jsonl";

    private static List<CallResult> auditedTimed(String agent) {
        List<Call> calls = TestSupport.calls(TIMED).stream().filter(c -> c.agentId().equals(agent)).toList();
        return java.util.stream.IntStream.range(0, calls.size())
                .mapToObj(i -> new dev.callaudit.engine.Auditor().audit(calls.get(i),
                        TestSupport.builtInRules().forLanguage(calls.get(i).language()).orElseThrow(), i + 1))
                .toList();
    }

    private static AgentStats timedStats(String agent, List<CallResult> results, int from, int to) {
        AgentStats a = new AgentStats(agent);
        for (int i = from; i < to; i++) {
            CallResult r = results.get(i);
            a.add(r.order(), r.agentName(), r.score(), r.stages(), r.findings(), r.timing());
        }
        return a;
    }

    @Test
    void anAgentsMedianAndP90LatencyAreOverAllItsAnswers() {
        List<CallResult> a01 = auditedTimed("A01");
        AgentStats s = timedStats("A01", a01, 0, a01.size());
        // answers of 1.0, 2.0, 3.0, 1.5 / 4.0, 0.5, 2.5, 1.25 / 12.0 s: sorted, the 5th of 9 and the 9th of 9
        assertEquals(3, s.timedCalls());
        assertEquals(9, s.responses());
        assertEquals(2000L, s.medianLatencyMs());
        assertEquals(12000L, s.p90LatencyMs());
        assertEquals(150.0, s.speakingRate("syllables"), 1.0);
        assertNull(s.speakingRate("words"), "a Chinese-speaking agent has no words a minute");
        assertEquals(0.0, s.talkOversPerCall());
        assertEquals(0.0, s.deadAirPerCall());
    }

    @Test
    void anAgentWithoutTimedCallsHasNoTimingFigures() {
        List<CallResult> k01 = auditedTimed("K01");
        AgentStats s = timedStats("K01", k01, 0, k01.size());
        assertEquals(1, s.calls());
        assertEquals(0, s.timedCalls());
        assertNull(s.medianLatencyMs());
        assertNull(s.p90LatencyMs());
        assertNull(s.talkShare());
        assertNull(s.talkOversPerCall());
        assertNull(s.deadAirPerCall());
    }

    @Test
    void mergingTimingFiguresGivesWhatOnePassGives() {
        List<CallResult> a01 = auditedTimed("A01");
        AgentStats whole = timedStats("A01", a01, 0, a01.size());
        AgentStats last = timedStats("A01", a01, 2, 3);
        last.merge(timedStats("A01", a01, 0, 2)); // merged in the "wrong" order, as threads may finish
        assertEquals(whole.timedCalls(), last.timedCalls());
        assertEquals(whole.medianLatencyMs(), last.medianLatencyMs());
        assertEquals(whole.p90LatencyMs(), last.p90LatencyMs());
        assertEquals(whole.speakingRate("syllables"), last.speakingRate("syllables"));
        assertEquals(whole.talkShare(), last.talkShare());
        assertEquals(whole.talkOvers(), last.talkOvers());
        assertEquals(whole.deadAir(), last.deadAir());
    }

    @Test
    void mergingPartsGivesWhatOnePassGives() {
        List<CallResult> a2 = audited("A2");
        AgentStats whole = stats("A2", a2, 0, a2.size());
        AgentStats second = stats("A2", a2, 1, 2);
        AgentStats first = stats("A2", a2, 0, 1);
        second.merge(first); // merged in the "wrong" order, as threads may finish
        assertEquals(whole.calls(), second.calls());
        assertEquals(whole.meanScore(), second.meanScore());
        assertEquals(whole.minScore(), second.minScore());
        assertEquals(whole.passRate(), second.passRate());
        assertEquals(whole.stageRate("closing"), second.stageRate("closing"));
        assertEquals(whole.topPhrases(3), second.topPhrases(3));
        assertEquals(whole.agentName(), second.agentName());
    }
}
