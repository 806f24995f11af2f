package dev.callaudit.checks;

import dev.callaudit.TestSupport;
import dev.callaudit.engine.CallResult;
import dev.callaudit.rules.Severity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageChecksTest {
    private static final String CLOSINGS = "checks/stages/closing-variants.jsonl";

    private static CallResult audit(String resource, String id) {
        return TestSupport.audit(TestSupport.call(resource, id));
    }

    @Test
    void bareGoodbyeFailsTheClosingAndSaysWhy() {
        CallResult r = audit(CLOSINGS, "bare-goodbye");
        StageResult closing = r.stages().get("closing");
        assertEquals(StageStatus.FAIL, closing.status());
        assertTrue(closing.evidence().contains("bare 「再见」"), closing.evidence());
        Finding f = r.findings().stream().filter(x -> x.rule().equals("closing")).findFirst().orElseThrow();
        assertEquals(5, f.turn(), "a missing closing points at the last agent turn");
        assertEquals(Severity.MAJOR, f.severity());
        assertEquals(Finding.Kind.STAGE, f.kind());
    }

    @Test
    void thanksAndGoodbyePassTheClosingWithTheTurnAsEvidence() {
        StageResult closing = audit(CLOSINGS, "thanks-and-goodbye").stages().get("closing");
        assertEquals(StageStatus.PASS, closing.status());
        assertEquals(5, closing.turn());
        assertTrue(closing.evidence().contains("感谢您的来电,祝您工作愉快,再见!"));
    }

    @Test
    void thanksWithoutLeaveTakingEarnsPartialCredit() {
        CallResult r = audit(CLOSINGS, "thanks-without-goodbye");
        StageResult closing = r.stages().get("closing");
        assertEquals(StageStatus.PARTIAL, closing.status());
        assertEquals(0.5, closing.credit());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("closing") && f.severity() == Severity.MINOR));
    }

    @Test
    void traditionalScriptPassesTheSimplifiedRules() {
        CallResult r = audit(CLOSINGS, "traditional-closing");
        assertEquals(StageStatus.PASS, r.stages().get("opening").status());
        assertEquals(StageStatus.PASS, r.stages().get("closing").status());
    }

    @Test
    void stagePhrasesSaidByTheCustomerDoNotCountForTheAgent() {
        CallResult r = audit("checks/stages/said-by-customer.jsonl", "customer-says-the-script");
        assertEquals(StageStatus.FAIL, r.stages().get("opening").status());
        assertEquals(StageStatus.FAIL, r.stages().get("confirmation").status());
        assertEquals(StageStatus.FAIL, r.stages().get("anything_else").status());
        assertEquals(StageStatus.FAIL, r.stages().get("closing").status());
        assertEquals(StageStatus.FAIL, r.stages().get("caller_name").status(),
                "the customer said 我姓王 but the agent never used it");
        assertEquals(0, r.score().score());
    }
}
