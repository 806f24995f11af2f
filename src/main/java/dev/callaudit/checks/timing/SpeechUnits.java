package dev.callaudit.checks.timing;

import dev.callaudit.rules.TimingConfig.Unit;

/**
 * How much was said in a turn, in the unit its pack measures speaking rate by: for Chinese and Korean
 * one Han character (a CJK ideograph) or Hangul syllable block is one syllable (seed 002 counts 音节); for English, words (runs of
 * letters and digits, an apostrophe inside a word keeping it one word). Counting, not phrase matching:
 * the matcher finds phrases, this only measures length.
 */
final class SpeechUnits {

    private SpeechUnits() {
    }

    static long count(String text, Unit unit) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return unit == Unit.WORDS ? words(text) : syllables(text);
    }

    private static long syllables(String text) {
        // a Hangul syllable block is one syllable; loose jamo are parts of one and not counted
        long n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0xAC00 && cp <= 0xD7A3 || Character.isIdeographic(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    private static long words(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = Character.isLetterOrDigit(cp) || in && isApostrophe(cp) && i + 1 < text.length()
                    && Character.isLetter(text.codePointAt(i + Character.charCount(cp)));
            if (word && !in) {
                n++;
            }
            in = word;
            i += Character.charCount(cp);
        }
        return n;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }
}
