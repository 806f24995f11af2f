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

    private static final String HARD = "checks/stages/reviewer-hard-cases.jsonl";

    @Test
    void aWrongSurnameIsMisaddressingEvenWhenTheRightOneWasUsedToo() {
        CallResult r = audit(HARD, "misaddressed");
        StageResult name = r.stages().get("caller_name");
        assertEquals(StageStatus.FAIL, name.status());
        assertEquals(5, name.turn(), "the finding points at the turn that said 李先生");
        assertTrue(name.evidence().startsWith("misaddressed: the agent calls the customer 「李先生」"), name.evidence());
    }

    @Test
    void aCallerWhoDeclinesTheirNameIsAddressedPolitelyNotJustAsked() {
        assertEquals(StageStatus.PASS, audit(HARD, "declined-polite").stages().get("caller_name").status());
        StageResult notAddressed = audit(HARD, "declined-not-addressed").stages().get("caller_name");
        assertEquals(StageStatus.FAIL, notAddressed.status(), "asking does not make up for ignoring the refusal");
        assertTrue(notAddressed.evidence().contains("declined to give a name at turn 2"), notAddressed.evidence());
    }

    @Test
    void aClosingFollowedByMoreServiceIsNoClosingButAThankYouAfterItIs() {
        StageResult service = audit(HARD, "closing-then-service").stages().get("closing");
        assertEquals(StageStatus.FAIL, service.status());
        assertTrue(service.evidence().contains("the closing at turn 5 is followed by more service talk"), service.evidence());
        assertEquals(StageStatus.PASS, audit(HARD, "closing-then-thanks").stages().get("closing").status());
    }

    @Test
    void anythingElseAfterTheGoodbyeFails() {
        StageResult r = audit(HARD, "anything-else-after-goodbye").stages().get("anything_else");
        assertEquals(StageStatus.FAIL, r.status());
        assertTrue(r.evidence().contains("is asked after the goodbye"), r.evidence());
    }

    @Test
    void aNumberReadBackInKoreanDigitsIsAConfirmationOfTheTurnThatGaveIt() {
        StageResult r = audit(HARD, "korean-number-read-back").stages().get("confirmation");
        assertEquals(StageStatus.PASS, r.status(), r.evidence());
        assertEquals(2, r.source());
    }

    @Test
    void theRestatedCustomerTurnIsTheRequestConfirmed() {
        StageResult r = audit(HARD, "restates-the-later-request").stages().get("confirmation");
        assertEquals(StageStatus.PASS, r.status(), r.evidence());
        assertEquals(4, r.source());
    }

    @Test
    void anOutboundOpeningSaysWhoIsCalling() {
        StageResult missing = audit(HARD, "outbound-without-who").stages().get("opening");
        assertEquals(StageStatus.PARTIAL, missing.status());
        assertTrue(missing.evidence().contains("without saying who is calling"), missing.evidence());
        assertEquals(StageStatus.PASS, audit(HARD, "outbound-complete").stages().get("opening").status());
    }

    private static final String FALSE_ALARMS = "checks/stages/reviewer-false-alarms.jsonl";

    /** Calls a reviewer wrote to catch false misaddressing: each is addressed correctly. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"zh-thanks", "zh-jiangsu", "zh-colleague", "ko-inq", "ko-today",
            "en-ms", "en-mrmrs", "en-chase"})
    void ordinaryWordsAroundAnHonorificAreNoMisaddressing(String id) {
        StageResult r = audit(FALSE_ALARMS, id).stages().get("caller_name");
        assertEquals(StageStatus.PASS, r.status(), id + ": " + r.evidence());
    }

    @Test
    void aNameThatIsAlsoAWordCountsOnlyWhenSaidAsAName() {
        StageResult bill = audit(FALSE_ALARMS, "en-bill").stages().get("caller_name");
        assertEquals(StageStatus.FAIL, bill.status(), "\"your bill\" does not address Bill Carter: " + bill.evidence());
        assertEquals(StageStatus.FAIL, audit(FALSE_ALARMS, "en-will").stages().get("caller_name").status());
    }

    @Test
    void thanksAnsweredAfterTheGoodbyeAndAQuestionTakenUpAfterItKeepTheStages() {
        assertEquals(StageStatus.PASS, audit(FALSE_ALARMS, "zh-ack").stages().get("closing").status());
        assertEquals(StageStatus.PASS, audit(FALSE_ALARMS, "en-ack").stages().get("closing").status());
        CallResult back = audit(FALSE_ALARMS, "zh-back");
        assertEquals(StageStatus.PASS, back.stages().get("anything_else").status(), back.stages().get("anything_else").evidence());
        assertEquals(StageStatus.PASS, audit(FALSE_ALARMS, "en-takecare").stages().get("anything_else").status(),
                "\"I'll take care of that\" is no goodbye");
    }
}
