package dev.callaudit.checks.timing;

import dev.callaudit.rules.TimingConfig.Unit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeechUnitsTest {

    @Test
    void chineseAndKoreanCountOneSyllableACharacterAndNothingElse() {
        assertEquals(8, SpeechUnits.count("您好,请问有什么事?", Unit.SYLLABLES), "punctuation is not speech");
        assertEquals(5, SpeechUnits.count("請問您貴姓?", Unit.SYLLABLES), "Traditional characters count the same");
        assertEquals(9, SpeechUnits.count("잠시만 기다려 주세요.", Unit.SYLLABLES), "Hangul syllable blocks; spaces are not speech");
        assertEquals(2, SpeechUnits.count("WiFi 密码", Unit.SYLLABLES), "a pack that counts syllables counts Han and Hangul only");
    }

    @Test
    void englishCountsWordsWithContractionsAsOne() {
        assertEquals(7, SpeechUnits.count("I don't know, let me check that.", Unit.WORDS));
        assertEquals(4, SpeechUnits.count("fifty-two dollars, okay?", Unit.WORDS), "a hyphen separates words");
        assertEquals(0, SpeechUnits.count("", Unit.WORDS));
    }
}
