package dev.callaudit.scoring;

import dev.callaudit.TestSupport;
import dev.callaudit.engine.CallResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores worked out by hand from the built-in pack: 20 points a stage, partial 0.5, minor 5 / major 10 / critical 20. */
class ScorerTest {
    private static final String FIXTURE = "scoring/hand-scored.jsonl";

    private static CallScore score(String id) {
        return TestSupport.audit(TestSupport.call(FIXTURE, id)).score();
    }

    @Test
    void allFiveStagesAndNoForbiddenPhraseScore100() {
        CallScore s = score("all-five");
        assertEquals(100, s.score());
        assertEquals(100, s.potential());
        assertTrue(s.passed());
    }

    @Test
    void aPartialStageEarnsHalfItsWeightAndAMajorPhraseCostsTen() {
        // 4 x 20 + 0.5 x 20 = 90 of 100; 你没讲清楚 (major) -10 = 80: exactly the pass mark
        CallScore s = score("partial-closing-and-one-major");
        assertEquals(90.0, s.earned());
        assertEquals(10, s.penalty());
        assertEquals(80, s.score());
        assertTrue(s.passed(), "80 is at the pass mark");
    }

    @Test
    void aCriticalPhraseFailsTheCallWhateverItsScore() {
        // 100 - 20 = 80, at the pass mark, but 有本事就投诉我 is critical
        CallScore s = score("critical-auto-fail");
        assertEquals(80, s.score());
        assertTrue(s.autoFailed());
        assertFalse(s.passed());
    }

    @Test
    void notApplicableStagesLeaveThePotentialAndTheScoreIsScaled() {
        // customer silent: only opening (pass, 20) and closing (bare 再见: fail, 0) apply → 20/40 = 50
        CallResult r = TestSupport.audit(TestSupport.call(FIXTURE, "silent-line"));
        assertEquals(40, r.score().potential());
        assertEquals(50, r.score().score());
        assertEquals("n/a", r.stages().get("caller_name").status().key());
    }
}
