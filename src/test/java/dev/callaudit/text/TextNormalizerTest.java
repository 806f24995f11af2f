package dev.callaudit.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {
    private static String norm(String s) {
        return TextNormalizer.INSTANCE.normalize(s).text();
    }

    @Test
    void fullWidthAndHalfWidthFormsAreTheSame() {
        assertEquals(norm("ABC123"), norm("ＡＢＣ１２３"));
        assertEquals("abc123", norm("ＡＢＣ１２３"));
    }

    @Test
    void traditionalFoldsToSimplified() {
        assertEquals("这事不归我管", norm("這事不歸我管"));
        assertEquals(norm("感谢您的来电"), norm("感謝您的來電"));
    }

    @Test
    void punctuationAndSpacesBetweenChineseCharactersAreIgnored() {
        assertEquals("不知道", norm("不 知 道"));
        assertEquals("您好请问有什么可以帮您", norm("您好，请问 有什么可以帮您？"));
        assertEquals("제담당이아닙니다", norm("제 담당이 아닙니다"));
    }

    @Test
    void englishKeepsOneSpaceBetweenWordsAndDropsApostrophes() {
        assertEquals("i dont know", norm("I  don’t   KNOW!"));
        assertEquals("i dont know", norm("i don't know"));
    }

    @Test
    void everyNormalizedCharacterMapsBackToTheOriginalText() {
        Normalized n = TextNormalizer.INSTANCE.normalize("好的，這 事不歸我管。");
        int start = n.text().indexOf("这事");
        assertEquals("這 事不歸我管", n.originalSpan(start, start + 6));
    }

    @Test
    void fullWidthSpanQuotesTheFullWidthOriginal() {
        Normalized n = TextNormalizer.INSTANCE.normalize("号码是１３８１２３４５６７８。");
        int start = n.text().indexOf("138");
        assertEquals("１３８１２３４５６７８", n.originalSpan(start, start + 11));
    }
}
