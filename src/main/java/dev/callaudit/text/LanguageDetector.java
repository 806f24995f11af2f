package dev.callaudit.text;

import com.ibm.icu.lang.UScript;

/**
 * The language of a text when the record does not say: by script (Hangul, Han, Latin), and for
 * Chinese by which script's own characters it uses more, Traditional-only (說, 這) or Simplified-only
 * (说, 这). Characters the two scripts share say nothing either way.
 */
public final class LanguageDetector {
    /** Enough text to decide; a call's first few turns. */
    private static final int SAMPLE = 4000;

    private LanguageDetector() {
    }

    /** A BCP-47 tag: zh-CN, zh-TW, ko, en; null when the text has no letters at all. */
    public static String detect(CharSequence text) {
        int hangul = 0;
        int han = 0;
        int latin = 0;
        int kana = 0;
        int traditional = 0;
        int simplified = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (UScript.getScript(cp)) {
                case UScript.HANGUL -> hangul++;
                case UScript.HIRAGANA, UScript.KATAKANA -> kana++;
                case UScript.LATIN -> latin++;
                case UScript.HAN -> {
                    han++;
                    if (ScriptFolder.INSTANCE.fold(cp) != cp) {
                        traditional++;
                    } else if (ScriptFolder.TO_TRADITIONAL.fold(cp) != cp) {
                        simplified++;
                    }
                }
                default -> {
                }
            }
        }
        // a Latin letter carries about a fifth of what a Han or Hangul character does
        int latinWeight = latin / 5;
        if (hangul == 0 && han == 0 && latin == 0) {
            return null;
        }
        if (kana > han / 4 && kana > hangul) {
            return "ja";
        }
        if (hangul >= han && hangul >= latinWeight) {
            return "ko";
        }
        if (han >= latinWeight) {
            return traditional > simplified ? "zh-TW" : "zh-CN";
        }
        return "en";
    }
}
