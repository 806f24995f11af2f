package dev.callaudit.text;

import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesLoader;
import dev.callaudit.rules.Ruleset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** The build's tables answer exactly as ICU does (they are ICU's answers, asked once at build time). */
class ScriptFolderTest {

    @Test
    void everyCharacterFoldsAsIcuFoldsIt() {
        check(ScriptFolder.INSTANCE, ScriptFolder.icuOnly("Traditional-Simplified"));
        check(ScriptFolder.TO_TRADITIONAL, ScriptFolder.icuOnly("Simplified-Traditional"));
    }

    private static void check(ScriptFolder built, ScriptFolder icu) {
        for (int cp = 0; cp <= 0x10FFFF; cp += cp < 0x10000 ? 1 : 0x101) {
            if (built.fold(cp) != icu.fold(cp)) {
                fail(String.format("U+%04X folds to U+%04X, ICU says U+%04X", cp, built.fold(cp), icu.fold(cp)));
            }
        }
    }

    @Test
    void everyPhraseOfTheBuiltInPacksAndAnyOtherTextGoesToTraditionalAsIcuSays() throws Exception {
        ScriptFolder icu = ScriptFolder.icuOnly("Simplified-Traditional");
        RuleBook book = new RulesLoader().load(List.of(), List.of(), null);
        TreeSet<String> phrases = new TreeSet<>(List.of("急什么", "不归我管", "这个问题我不知道,您问别人吧", "not in any pack 这里"));
        for (Ruleset r : book.packs().values()) {
            r.forbidden().values().forEach(f -> {
                phrases.addAll(f.forms());
                phrases.addAll(f.exceptions());
            });
            r.stages().values().forEach(s -> s.phraseGroups().values().forEach(g -> g.forEach(e -> phrases.addAll(e.forms()))));
        }
        for (String p : phrases) {
            assertEquals(icu.transform(p), ScriptFolder.TO_TRADITIONAL.transform(p), p);
        }
    }
}
