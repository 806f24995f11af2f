package dev.callaudit.rules;

import dev.callaudit.TestSupport;
import dev.callaudit.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole packs from files, rules that must prove they can fire, and the files `init` and `rules --lang` write. */
class PackFilesTest {

    @Test
    void aPackFileAddsALanguageAndCallsInItAreAuditedWithIt() throws Exception {
        RuleBook book = new RulesLoader().load(List.of(TestSupport.resource("rules/pack-ja.yaml")), List.of(), null);
        assertEquals("ja", book.forLanguage("ja-JP").orElseThrow().pack());
        assertTrue(book.forLanguage("zh-CN").isPresent(), "the built-in packs stay");
    }

    @Test
    void anExceptionThatCoversItsWholePhraseIsAnErrorNotASilentZero() {
        RulesException e = assertThrows(RulesException.class,
                () -> new RulesLoader().load(List.of(TestSupport.resource("rules/swallowed-by-exception.yaml")), null));
        assertTrue(e.getMessage().contains("can never be reported"), e.located());
        assertEquals(3, e.line(), e.located());
    }

    @Test
    void stagePhrasesRunTheirExamplesToo() {
        RulesException e = assertThrows(RulesException.class,
                () -> new RulesLoader().load(List.of(TestSupport.resource("rules/stage-example-fails.yaml")), null));
        assertTrue(e.getMessage().contains("should match anything_else.phrases phrase 'acme-more'"), e.located());
        assertEquals(7, e.line(), e.located());
    }

    @Test
    void everyStarterFileThatInitWritesLoadsWithoutEdits(@TempDir Path dir) throws Exception {
        RuleBook builtIn = TestSupport.builtInRules();
        for (String pack : builtIn.packNames()) {
            Path file = dir.resolve(pack + ".yaml");
            Cli.Result init = Cli.run("init", "--lang", pack, "--company", "志晟信息", "--out", file.toString());
            assertEquals(0, init.exitCode(), init.toString());
            Cli.Result rules = Cli.run("rules", "--rules", file.toString());
            assertEquals(0, rules.exitCode(), pack + ": " + rules);
            assertTrue(rules.out().contains("company 志晟信息"), rules.out());
        }
        Cli.Result again = Cli.run("init", "--company", "X", "--out", dir.resolve("zh-CN.yaml").toString());
        assertEquals(2, again.exitCode(), "init does not overwrite without --force");
    }

    @Test
    void theEffectiveRulesPrintedByRulesLoadBackToTheSameRules(@TempDir Path dir) throws Exception {
        Cli.Result printed = Cli.run("rules", "--lang", "zh-TW"); // a leaf: a zh-CN layer would also shape zh-TW, which inherits it
        assertEquals(0, printed.exitCode(), printed.toString());
        Path file = Files.writeString(dir.resolve("effective.yaml"), printed.out());
        RuleBook reloaded = new RulesLoader().load(List.of(file), null);
        assertEquals(TestSupport.builtInRules().hash(), reloaded.hash(), "layering the effective rules over themselves changes nothing");
    }
}
