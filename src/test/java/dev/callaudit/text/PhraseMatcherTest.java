package dev.callaudit.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseMatcherTest {

    private static List<PhraseMatch<String>> find(String phrase, Boundary b, List<String> companies, String text) {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("p", PhrasePattern.compile(phrase, b, companies)).build();
        return m.findAll(TextNormalizer.INSTANCE.normalize(text));
    }

    @Test
    void literalPhraseMatchesAcrossScriptWidthAndSpacing() {
        assertEquals("這事 不歸我管", find("这事不归我管", Boundary.AUTO, List.of(), "唉,這事 不歸我管!").get(0).quote());
    }

    @Test
    void slotsMatchUpToTheirLength() {
        assertEquals(1, find("{agent_no}号为您服务", Boundary.AUTO, List.of(), "您好,工号1234号为您服务").size());
        assertEquals(1, find("您好{company}客服中心", Boundary.AUTO, List.of(), "您好,华信通信客服中心").size());
        assertEquals(0, find("您好{company}客服中心", Boundary.AUTO, List.of(), "您好,这是一个名字非常非常非常非常长的公司的客服中心").size(),
                "{company} takes at most 12 characters when no company is set");
        assertEquals(1, find("您是要{...}对吗", Boundary.AUTO, List.of(), "您是要把一百二十八元套餐改成五十八元套餐,对吗?").size());
    }

    @Test
    void configuredCompanyNamesAreTheOnlyOnesTheSlotTakes() {
        assertEquals(1, find("这里是{company}", Boundary.AUTO, List.of("志晟信息"), "您好,这里是志晟信息。").size());
        assertEquals(0, find("这里是{company}", Boundary.AUTO, List.of("志晟信息"), "您好,这里是别的公司。").size());
    }

    @Test
    void nameSlotCapturesTheName() {
        assertEquals("王", find("我姓{name}", Boundary.AUTO, List.of(), "你好,我姓王。").get(0).name());
    }

    @Test
    void englishPhrasesOnlyMatchWholeWordsByDefault() {
        assertEquals(0, find("no", Boundary.AUTO, List.of(), "I know it").size());
        assertEquals(1, find("no", Boundary.AUTO, List.of(), "No, it is not").size());
        assertEquals(1, find("i dont know", Boundary.AUTO, List.of(), "Well, I don't know.").size());
    }

    @Test
    void chinesePhrasesMatchAnywhereUnlessWordBoundaryIsAsked() {
        assertEquals(1, find("뭐", Boundary.NONE, List.of(), "뭐든지 말씀하세요").size());
        assertEquals(0, find("뭐", Boundary.WORD, List.of(), "뭐든지 말씀하세요").size());
        assertEquals(1, find("뭐", Boundary.WORD, List.of(), "뭐? 다시 말해 주세요").size());
    }

    @Test
    void brokenPhrasesAreRejectedWithAReason() {
        assertTrue(assertThrows(PatternException.class, () -> PhrasePattern.compile("{foo}好", Boundary.AUTO, List.of()))
                .getMessage().contains("unknown slot {foo}"));
        assertThrows(PatternException.class, () -> PhrasePattern.compile("{*}", Boundary.AUTO, List.of()));
        assertThrows(PatternException.class, () -> PhrasePattern.compile("请{*}{name}", Boundary.AUTO, List.of()));
        assertThrows(PatternException.class, () -> PhrasePattern.compile("  ", Boundary.AUTO, List.of()));
    }
}
