package dev.callaudit.checks.timing;

import dev.callaudit.TestSupport;
import dev.callaudit.checks.Finding;
import dev.callaudit.engine.Auditor;
import dev.callaudit.engine.CallResult;
import dev.callaudit.model.Call;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesLoader;
import dev.callaudit.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a QA lead sees of the timing checks: the evidence, the cost, and the rules file's say over them. */
class TimingChecksTest {
    private static final String DEAD_AIR = "checks/timing/dead-air.jsonl";
    private static final String HOLD = "checks/timing/hold-etiquette.jsonl";
    private static final String TALK_OVER = "checks/timing/talk-over.jsonl";
    private static final String LATENCY = "checks/timing/response-latency.jsonl";

    @TempDir
    Path dir;

    private static CallResult audit(String fixture, String id) {
        return TestSupport.audit(TestSupport.call(fixture, id));
    }

    private static CallResult audit(RuleBook rules, Call call) {
        return new Auditor().audit(call, rules.forLanguage(call.language()).orElseThrow(), 1);
    }

    private RuleBook layer(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("layer-" + Math.abs(yaml.hashCode()) + ".yaml"), yaml);
        return new RulesLoader().load(List.of(file), null);
    }

    private static List<Finding> timing(CallResult r) {
        return r.findings().stream().filter(f -> f.kind() == Finding.Kind.TIMING).toList();
    }

    private static Call withoutTimes(Call c) {
        return new Call(c.callId(), c.agentId(), c.agentName(), c.customerName(), c.language(), c.direction(), c.file(), c.line(),
                c.turns().stream().map(t -> new Turn(t.index(), t.speaker(), t.text(), null, null, t.line())).toList());
    }

    @Test
    void deadAirQuotesTheGapAndTheTurnsAroundItAndCostsItsPenalty() {
        Call call = TestSupport.call(DEAD_AIR, "zh-CN-dead-air-after-customer");
        CallResult r = TestSupport.audit(call);
        Finding f = timing(r).get(0);
        assertEquals("dead_air", f.rule());
        assertEquals(3, f.turn());
        assertEquals(call.turns().get(2).line(), f.line(), "located at the turn that broke the silence");
        assertEquals(Severity.MAJOR, f.severity());
        assertTrue(f.message().startsWith("35.0 s of silence between turn 2 (customer) 「你好,我姓王"), f.message());
        assertTrue(f.message().contains("and turn 3 (agent) 「王先生"), f.message());
        assertTrue(f.message().contains("at most 30.0 s"), f.message());
        assertTrue(f.suggestion().contains("30秒"), "the pack's own language: " + f.suggestion());
        CallResult untimed = TestSupport.audit(withoutTimes(call));
        assertEquals(untimed.score().score() - 10, r.score().score(), "dead air costs the 10 points the pack sets");
    }

    @Test
    void aWaitLongerThanTheRulesAllowIsNoLongerDeadAirButStillNeedsAnAnnouncement() throws Exception {
        // seed 001 allows 60 s; a site that follows it raises one value and keeps the rest
        RuleBook rules = layer("timing:\n  dead_air:\n    max_gap_ms: 60000\n");
        CallResult r = audit(rules, TestSupport.call(DEAD_AIR, "zh-CN-dead-air-after-customer"));
        assertEquals(List.of("hold_unannounced"), timing(r).stream().map(Finding::rule).toList(),
                "35 s is under 60 s of dead air, but over the 15 s a wait may last unannounced");
        assertEquals(Severity.MINOR, timing(r).get(0).severity(), "the hold check keeps the pack's settings");
        assertEquals(60000, rules.forLanguage("zh-TW").orElseThrow().timing().deadAir().maxGapMsOrDefault(),
                "a layer for every pack reaches zh-TW too");
    }

    @Test
    void aCheckSwitchedOffReportsNothingButItsFiguresStay() throws Exception {
        RuleBook rules = layer("timing:\n  talk_over:\n    enabled: false\n");
        CallResult r = audit(rules, TestSupport.call(TALK_OVER, "ko-interrupts-customer"));
        assertTrue(timing(r).isEmpty(), r.findings().toString());
        assertEquals(1, r.timing().talkOvers(), "the talk-over is still counted for the agent's figures");
        assertFalse(timing(audit(TALK_OVER, "ko-interrupts-customer")).isEmpty(), "on by default");
    }

    @Test
    void aCriticalTimingFindingFailsTheCallAsACriticalPhraseDoes() throws Exception {
        RuleBook rules = layer("timing:\n  talk_over:\n    severity: critical\n    penalty: 0\n");
        CallResult r = audit(rules, TestSupport.call(TALK_OVER, "en-interrupts-customer"));
        assertEquals(Severity.CRITICAL, timing(r).get(0).severity());
        assertTrue(r.score().autoFailed());
        assertFalse(r.score().passed());
        assertEquals(audit(TALK_OVER, "en-interrupts-customer").score().score() + 5, r.score().score(), "penalty 0 instead of 5");
    }

    @Test
    void disablingAThanksPhraseByIdMakesTheHoldGoUnthanked() throws Exception {
        assertTrue(timing(audit(HOLD, "zh-CN-hold-thanked")).isEmpty());
        RuleBook rules = layer("disable: [zh-thanks-patience]\n");
        CallResult r = audit(rules, TestSupport.call(HOLD, "zh-CN-hold-thanked"));
        assertEquals(List.of("hold_thanks"), timing(r).stream().map(Finding::rule).toList());
        assertTrue(timing(r).get(0).message().startsWith("back after 20.0 s on hold (announced in turn 3 (agent) 「好的李女士,请您稍等"),
                timing(r).get(0).message());
    }

    @Test
    void aHoldPhraseOfTheSitesOwnIsAnAnnouncement() throws Exception {
        assertEquals(List.of("hold_unannounced"), timing(audit(HOLD, "en-silence-unannounced")).stream().map(Finding::rule).toList());
        RuleBook rules = layer("pack: en\ntiming:\n  hold:\n    announce:\n      - id: acme-sure\n        phrase: sure mr\n"
                + "        examples: {match: [\"Sure, Mr. Baker.\"]}\n");
        CallResult r = audit(rules, TestSupport.call(HOLD, "en-silence-unannounced"));
        assertEquals(List.of("hold_thanks"), timing(r).stream().map(Finding::rule).toList(),
                "announced now, so the 20 s wait needs thanks after it instead");
    }

    @Test
    void theCallsFiguresAreItsResponsesTalkTimeAndSpeakingRate() {
        CallResult r = audit(LATENCY, "zh-CN-prompt-answers");
        TimingMetrics m = r.timing();
        assertTrue(m.timed());
        assertArrayEquals(new long[] {1800, 2500, 1100}, m.latenciesMs(), "one per answer to a customer turn, in call order");
        assertEquals(1800L, m.medianLatencyMs());
        assertEquals(2500L, m.p90LatencyMs());
        assertEquals("syllables", m.unit());
        assertEquals(150.0, m.unitsPerMinute(), 1.0, "the fixture's agent speaks at 150 a minute");
        assertEquals((double) m.agentTalkMs() / (m.agentTalkMs() + m.customerTalkMs()), m.talkShare());
        CallResult en = audit(LATENCY, "en-prompt-answers");
        assertEquals("words", en.timing().unit());
    }

    @Test
    void aCallWithoutTimesIsNotJudgedAndSaysSoOnlyThroughItsStatus() {
        CallResult r = audit("checks/timing/untimed.jsonl", "zh-CN-no-times");
        assertEquals(TimingView.Status.NO_TIMESTAMPS, r.timing().status());
        assertTrue(timing(r).isEmpty());
        assertTrue(r.warnings().isEmpty(), "no warning per call: the run summary counts them");
        assertNull(r.timing().talkShare());
        assertEquals(0, r.timing().latenciesMs().length);
    }

    @Test
    void aCallWithTimesOutOfOrderIsAuditedWithoutTimingAndWarnsOnce() {
        Call good = TestSupport.call(LATENCY, "zh-TW-slow-answers");
        List<Turn> turns = new java.util.ArrayList<>(good.turns());
        Turn t5 = turns.get(4);
        turns.set(4, new Turn(t5.index(), t5.speaker(), t5.text(), t5.endMs(), t5.startMs(), t5.line())); // end before start
        Call broken = new Call(good.callId(), good.agentId(), good.agentName(), good.customerName(), good.language(),
                good.direction(), good.file(), good.line(), turns);
        CallResult r = TestSupport.audit(broken);
        assertEquals(TimingView.Status.INVALID, r.timing().status());
        assertTrue(timing(r).isEmpty());
        assertEquals(1, r.warnings().size(), "said once, however many timing checks ran: " + r.warnings());
        assertTrue(r.warnings().get(0).startsWith("checks/timing/response-latency.jsonl:" + t5.line() + ": call zh-TW-slow-answers: turn 5 ends before it starts"),
                r.warnings().get(0));
        assertEquals(TestSupport.audit(good).stages(), r.stages(), "the script checks still run");
    }
}
