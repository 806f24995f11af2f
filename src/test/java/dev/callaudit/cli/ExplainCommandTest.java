package dev.callaudit.cli;

import dev.callaudit.TestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainCommandTest {
    private static final String FIXTURE = "explain/two-calls-one-rejected.jsonl";

    private static String fixture() {
        return TestSupport.resource(FIXTURE).toString();
    }

    @Test
    void showsEachTurnWithTheStagesItSatisfiedTheForbiddenPhraseAndTheScoreWorkedOut() {
        Cli.Result r = Cli.run("explain", fixture(), "--call", "e-1");
        assertEquals(0, r.exitCode(), r.toString());
        String out = r.out();
        assertTrue(out.contains("call e-1  agent A1 王芳"), out);
        assertTrue(out.contains("\n3 agent    李先生,我跟您确认一下"), out);
        assertTrue(out.contains("✓ caller_name: 「李先生,我跟您确认一下,您是要查询上个月的话费对吗?」 uses the name 「李」 given at turn 2"), out);
        assertTrue(out.contains("✓ confirmation: 「李先生,我跟您确认一下,您是要查询上个月的话费对吗?」 restates the customer's turn 2"), out);
        assertTrue(out.contains("· confirmation: taken up at turn 3"), out);
        // the phrase is marked where it stands, with what to say instead and what it cost
        assertTrue(out.contains("这个⟦我不知道⟧,⟦你自己看⟧账单。"), out);
        assertTrue(out.contains("✗ forbidden zh-dont-know (major, −10): 「我不知道」 → say instead: "), out);
        // a missed stage shows where it was due
        assertTrue(out.contains("✗ anything_else (due here): no \"anything else?\" question in the agent's last 3 turns"), out);
        assertTrue(out.contains("[0:09.5–0:14.0]"), out);
        assertTrue(out.contains("score  stages earned 80 of 100 points = 80, minus"), out);
        assertFalse(out.contains("\u001b["), "no colour codes when the output is not a terminal");
    }

    @Test
    void misaddressingIsShownAtTheTurnWhereItHappened() {
        Cli.Result r = Cli.run("explain", fixture(), "--call", "e-3");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("✗ caller_name: misaddressed: the agent calls the customer “Mr. Smith” but their name is “Sarah Jones”"), r.out());
    }

    @Test
    void coloursWhenAsked() {
        Cli.Result r = Cli.run("explain", fixture(), "--call", "e-1", "--color", "always");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("\u001b[1;37;41m我不知道\u001b[0m"), r.out());
        assertFalse(r.out().contains("⟦"), r.out());
    }

    @Test
    void aMissingOrRejectedCallIsAOneLineErrorNamingTheFile() {
        Cli.Result missing = Cli.run("explain", fixture(), "--call", "nope");
        assertEquals(3, missing.exitCode(), missing.toString());
        assertTrue(missing.err().strip().matches("callaudit: .*two-calls-one-rejected.jsonl: no call with id nope \\(calls: e-1, e-2, e-3\\)"),
                missing.err());
        Cli.Result rejected = Cli.run("explain", fixture(), "--call", "e-2");
        assertEquals(3, rejected.exitCode(), rejected.toString());
        assertTrue(rejected.err().contains("two-calls-one-rejected.jsonl:2: call e-2 is rejected: unknown speaker 'martian'"), rejected.err());
        Cli.Result ambiguous = Cli.run("explain", fixture());
        assertEquals(3, ambiguous.exitCode(), ambiguous.toString());
        assertTrue(ambiguous.err().contains("more than one call (e-1, e-2, ...): choose one with --call ID"), ambiguous.err());
        assertEquals(1, ambiguous.err().strip().lines().count(), ambiguous.err());
    }

    @Test
    void silencesOverlapsAndTimingFindingsAreShownInline() {
        String deadAir = TestSupport.resource("checks/timing/dead-air.jsonl").toString();
        Cli.Result r = Cli.run("explain", deadAir, "--call", "zh-CN-dead-air-after-customer");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("┆ 35.0 s of silence after turn 2\n3 agent"), r.out());
        assertTrue(r.out().contains("✗ timing dead_air (major, −10): 35.0 s of silence between turn 2 (customer)"), r.out());
        assertTrue(r.out().contains("minus 10 for forbidden phrases and timing = 70"), r.out());
        String talkOver = TestSupport.resource("checks/timing/talk-over.jsonl").toString();
        Cli.Result o = Cli.run("explain", talkOver, "--call", "zh-CN-acknowledgements-while-listening");
        assertTrue(o.out().contains("3 agent    嗯。  [0:16.7–0:17.2]\n           ⇆ starts while turn 2 is still speaking (0.5 s of overlap)"),
                o.out());
    }

    @Test
    void aTurnCannotForgeLinesOrSendEscapeCodesAndNumbersAreMaskedAsInTheReports() {
        Cli.Result forged = Cli.run("explain", TestSupport.resource("explain/control-characters.jsonl").toString(), "--color", "never");
        assertEquals(0, forged.exitCode(), forged.toString());
        assertTrue(forged.out().contains("Acme.⏎ 9 agent"), forged.out());
        assertFalse(forged.out().contains("\n 9 agent"), forged.out());
        String phone = TestSupport.resource("explain/phone-number.jsonl").toString();
        Cli.Result masked = Cli.run("explain", phone);
        assertFalse(masked.out().contains("13812345678"), masked.out());
        assertTrue(masked.out().contains("*******5678"), masked.out());
        assertTrue(Cli.run("explain", phone, "--no-redact").out().contains("13812345678"));
    }

    @Test
    void explainReadsTheInputAsAuditDoes() {
        String phone = TestSupport.resource("explain/phone-number.jsonl").toString();
        Cli.Result outbound = Cli.run("explain", phone, "--direction", "outbound");
        assertEquals(0, outbound.exitCode(), outbound.toString());
        assertTrue(outbound.out().contains("  outbound  pack zh-CN"), outbound.out());
    }

    @Test
    void wallClockTimesFromAPlatformShowAsTimesIntoTheCall() {
        Cli.Result r = Cli.run("explain", TestSupport.resource("io/vendor/genesys/en-power-outage.json").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("how can I help you?  [0:00.0–0:05.1]"), r.out());
    }
}
