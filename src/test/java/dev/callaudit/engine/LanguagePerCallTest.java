package dev.callaudit.engine;

import dev.callaudit.cli.Cli;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run over calls in four scripts that do not say their language: each gets its own pack. */
class LanguagePerCallTest {
    private static final String FIXTURE = "src/test/resources/engine/mixed-languages-no-tags.jsonl";

    @Test
    void eachCallIsAuditedWithThePackOfItsDetectedLanguage() {
        Cli.Result r = Cli.run("audit", "--format", "csv", "--report", "calls", FIXTURE);
        assertEquals(0, r.exitCode(), r.toString());
        List<String> packs = r.out().lines().skip(1).map(l -> l.split(",")[2] + "=" + l.split(",")[5]).toList();
        assertEquals(List.of("m-zh-hans=zh-CN", "m-zh-hant=zh-TW", "m-ko=ko", "m-en=en"), packs);
    }

    @Test
    void eachCallsForbiddenPhraseIsFoundInItsOwnLanguage() {
        Cli.Result r = Cli.run("audit", "--format", "csv", "--report", "findings", FIXTURE);
        List<String> forbidden = r.out().lines().filter(l -> l.contains(",forbidden,")).map(l -> l.split(",")[2]).toList();
        assertEquals(List.of("m-zh-hans", "m-zh-hant", "m-ko", "m-en"), forbidden, r.out());
    }

    @Test
    void langOverridesDetectionForCallsWithoutATag() {
        Cli.Result r = Cli.run("audit", "--lang", "zh-CN", "--format", "csv", "--report", "calls", FIXTURE);
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.split(",")[5].equals("zh-CN")), r.out());
    }
}
