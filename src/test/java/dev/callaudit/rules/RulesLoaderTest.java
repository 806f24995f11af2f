package dev.callaudit.rules;

import dev.callaudit.TestSupport;
import dev.callaudit.text.PhraseMatch;
import dev.callaudit.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesLoaderTest {

    private static RuleBook load(String... resources) throws RulesException {
        return new RulesLoader().load(java.util.Arrays.stream(resources).map(r -> TestSupport.resource("rules/" + r)).toList(), null);
    }

    private static RulesException error(String resource) {
        return assertThrows(RulesException.class, () -> load(resource));
    }

    private static List<String> forbiddenIn(Ruleset r, String text) {
        List<PhraseMatch<PhraseKey>> all = r.matcher().findAll(TextNormalizer.INSTANCE.normalize(text));
        return r.forbiddenHits(all).stream().map(m -> m.key().ruleId()).toList();
    }

    @Test
    void builtInPackLoadsWithEveryStageAndItsOwnExamplesPass() throws RulesException {
        Ruleset zh = new RulesLoader(true).load(List.of(), null).forLanguage("zh-CN").orElseThrow();
        assertEquals(List.of("opening", "caller_name", "confirmation", "anything_else", "closing"), List.copyOf(zh.stages().keySet()));
        assertTrue(zh.forbidden().size() >= 40, "the seeds give dozens of forbidden phrases, found " + zh.forbidden().size());
        zh.forbidden().values().forEach(f -> assertFalse(f.examples().match().isEmpty(), f.id() + " has no examples"));
    }

    @Test
    void aUserLayerReplacesAddsAndDisablesByIdAndOverridesScalars() throws RulesException {
        RuleBook base = new RulesLoader().load(List.of(), null);
        RuleBook layered = load("layer-company-weights-and-phrases.yaml");
        Ruleset zh = layered.forLanguage("zh-CN").orElseThrow();
        assertEquals(90, zh.scoring().passMarkOrDefault());
        assertEquals(15, zh.scoring().penalty(Severity.MAJOR));
        assertEquals(5, zh.scoring().penalty(Severity.MINOR), "penalties not named keep the built-in value");
        assertEquals(0, zh.stages().get("closing").weightOrDefault());
        assertEquals(20, zh.stages().get("opening").weightOrDefault(), "other stage settings stay");
        assertEquals(Severity.CRITICAL, zh.forbidden().get("zh-dont-know").severity());
        assertEquals(List.of("acme-no-refunds"), forbiddenIn(zh, "我们不退款的。"));
        assertFalse(zh.forbidden().containsKey("zh-wei-greeting"));
        assertEquals(List.of("志晟信息"), zh.companies());
        assertNotEquals(base.hash(), layered.hash(), "the rules hash names the effective rules");
        int builtIn = base.forLanguage("zh-CN").orElseThrow().forbidden().size();
        assertEquals(builtIn + 1 - 1, zh.forbidden().size(), "one added, one disabled");
    }

    @Test
    void theSameRulesGiveTheSameHash() throws RulesException {
        assertEquals(load("layer-company-weights-and-phrases.yaml").hash(), load("layer-company-weights-and-phrases.yaml").hash());
    }

    @Test
    void anUnknownKeyIsReportedWithFileLineAndTheKeysExpected() {
        RulesException e = error("unknown-key.yaml");
        assertTrue(e.file().endsWith("unknown-key.yaml"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("unknown key 'windw'"), e.getMessage());
        assertTrue(e.getMessage().contains("window"), "lists what was expected: " + e.getMessage());
    }

    @Test
    void aBadSeverityNamesTheValuesAllowed() {
        RulesException e = error("bad-severity.yaml");
        assertEquals(4, e.line(), e.located());
        assertTrue(e.getMessage().contains("'terrible' is not a severity (expected info, minor, major, critical)"), e.getMessage());
    }

    @Test
    void aPhraseWithAnUnknownSlotIsLocated() {
        RulesException e = error("bad-slot.yaml");
        assertTrue(e.line() >= 3 && e.line() <= 4, e.located());
        assertTrue(e.getMessage().contains("unknown slot {compny}"), e.getMessage());
    }

    @Test
    void disablingAnIdThatDoesNotExistIsAnErrorNotASilentNoOp() {
        RulesException e = error("unknown-disable.yaml");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("zh-no-such-rule"), e.getMessage());
    }

    @Test
    void aRuleWhoseOwnExampleFailsStopsTheLoad() {
        RulesException e = error("failing-example.yaml");
        assertEquals(7, e.line(), e.located());
        assertTrue(e.getMessage().contains("我现在很忙"), e.getMessage());
    }

    @Test
    void duplicateIdsInOneFileAreReported() {
        RulesException e = error("duplicate-id.yaml");
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("duplicate forbidden id 'acme-x' (first at line 2)"), e.getMessage());
    }

    @Test
    void anUnknownStageListsTheStages() {
        RulesException e = error("unknown-stage.yaml");
        assertEquals(2, e.line(), e.located());
        assertTrue(e.getMessage().contains("unknown stage 'greeting'"), e.getMessage());
    }

    @Test
    void brokenYamlIsLocated() {
        RulesException e = error("not-yaml.yaml");
        assertTrue(e.line() >= 2, e.located());
    }

    @Test
    void theBuiltInPacksCarryTheSeedsTimingNorms() {
        Ruleset zh = TestSupport.builtInRules().forLanguage("zh-CN").orElseThrow();
        TimingConfig t = zh.timing();
        assertEquals(30_000, t.deadAir().maxGapMsOrDefault(), "seed 002: never more than 30 s without a word");
        assertEquals(5_000, t.responseLatency().maxMsOrDefault(), "seed 002: answer within 5 s");
        assertEquals(100, t.speakingRate().slowBelowOrDefault(), "seed 002: under 100 is slow");
        assertEquals(200, t.speakingRate().fastAboveOrDefault(), "seed 002: over 200 is fast");
        assertEquals(0, t.talkOver().maxPerCallOrDefault(), "seed 002: never talk over the customer");
        assertEquals(15_000, t.hold().longWaitMsOrDefault(), "seed 000: a wait longer than three rings");
        assertEquals(TimingConfig.Unit.WORDS, TestSupport.builtInRules().forLanguage("en").orElseThrow().timing().speakingRate().unitOrDefault());
        Ruleset tw = TestSupport.builtInRules().forLanguage("zh-HK").orElseThrow();
        assertEquals(30_000, tw.timing().deadAir().maxGapMsOrDefault(), "zh-TW inherits zh-CN's numbers");
        List<String> announce = tw.timing().hold().announce().stream().map(PhraseEntry::id).toList();
        assertTrue(announce.contains("zh-hold-wait") && announce.contains("tw-hold-hk"), "zh-CN's phrases plus its own: " + announce);
    }

    @Test
    void aTimingValueOutOfRangeIsLocatedAndSaysWhatWasExpected() {
        RulesException e = error("timing-negative-gap.yaml");
        assertTrue(e.line() >= 4 && e.line() <= 5, e.located());
        assertTrue(e.getMessage().contains("timing.dead_air: max_gap_ms must be 0 or more, not -30000"), e.getMessage());
        RulesException unit = error("timing-bad-unit.yaml");
        assertEquals(4, unit.line(), unit.located());
        assertTrue(unit.getMessage().contains("'minutes' is not a speaking-rate unit (expected syllables, words)"), unit.getMessage());
    }

    @Test
    void aTimingPhraseWhoseOwnExampleFailsStopsTheLoad() {
        RulesException e = error("timing-example-fails.yaml");
        assertEquals(8, e.line(), e.located());
        assertTrue(e.getMessage().contains("should match timing.hold.thanks phrase 'acme-thanks-wait'"), e.getMessage());
    }

    @Test
    void theReadmeExampleLoadsAsDocumented(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        int start = readme.indexOf("# .callaudit.yaml: picked up from the current folder");
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Path file = java.nio.file.Files.writeString(dir.resolve(".callaudit.yaml"), yaml);
        Ruleset zh = new RulesLoader().load(List.of(file), null).forLanguage("zh-CN").orElseThrow();
        assertEquals(85, zh.scoring().passMarkOrDefault());
        assertEquals(10, zh.stages().get("closing").weightOrDefault());
        assertEquals(List.of("acme-no-refunds"), forbiddenIn(zh, "不好意思,我们不给退款。"));
        assertEquals(60_000, zh.timing().deadAir().maxGapMsOrDefault(), "the README's timing override");
        assertEquals(5_000, zh.timing().responseLatency().maxMsOrDefault(), "values not named keep the pack's");
    }

    @Test
    void aMissingRulesFileIsAClearError() {
        RulesException e = assertThrows(RulesException.class, () -> new RulesLoader().load(List.of(Path.of("no/such/rules.yaml")), null));
        assertEquals("no/such/rules.yaml: no such rules file", e.located());
    }
}
