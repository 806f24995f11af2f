package dev.callaudit.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageDetectorTest {

    @Test
    void simplifiedAndTraditionalChineseAreToldApartByTheirOwnCharacters() {
        assertEquals("zh-CN", LanguageDetector.detect("您好,华信通信客服中心,请问有什么可以帮您?我想查一下上个月的话费。"));
        assertEquals("zh-TW", LanguageDetector.detect("您好,安和銀行客服中心,1024號為您服務,請問您需要什麼幫助?我想查信用卡帳單。"));
    }

    @Test
    void textSharedByBothScriptsCountsAsSimplified() {
        assertEquals("zh-CN", LanguageDetector.detect("您好,请问有什么可以帮您"));
    }

    @Test
    void koreanEnglishAndMixedText() {
        assertEquals("ko", LanguageDetector.detect("안녕하세요, 한빛카드 고객센터 상담원 김지은입니다. 무엇을 도와드릴까요?"));
        assertEquals("en", LanguageDetector.detect("Thank you for calling Acme, this is Dana. How can I help you today?"));
        assertEquals("zh-CN", LanguageDetector.detect("您好,我的iPhone 15 Pro Max充不进电了,型号是A2849。"),
                "a few English words in a Chinese call keep it Chinese");
        assertEquals("ja", LanguageDetector.detect("お電話ありがとうございます。ご用件をお伺いします。"));
        assertNull(LanguageDetector.detect("12345 ... !!!"));
    }
}
