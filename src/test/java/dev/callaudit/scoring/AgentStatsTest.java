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
