package dev.callaudit.checks;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Numbers as people say them: phone and account numbers come as ASCII digits (full-width ones are
 * already folded by NFKC) or, from speech-to-text, read digit by digit: Chinese numerals (一三八, 幺),
 * Sino-Korean ones (공일공, 육공구삼) and English words (five five five, oh nine).
 */
final class Digits {
    static final int MIN_RUN = 4;
    private static final String NUMERALS = "零〇一二三四五六七八九";
    private static final String HANGUL = "공일이삼사오육칠팔구";
    private static final java.util.Map<String, Character> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("zero", '0'), java.util.Map.entry("oh", '0'), java.util.Map.entry("one", '1'),
            java.util.Map.entry("two", '2'), java.util.Map.entry("three", '3'), java.util.Map.entry("four", '4'),
            java.util.Map.entry("five", '5'), java.util.Map.entry("six", '6'), java.util.Map.entry("seven", '7'),
            java.util.Map.entry("eight", '8'), java.util.Map.entry("nine", '9'));

    private Digits() {
    }

    /** Runs of {@value #MIN_RUN} or more digits in a normalized text, numerals read as digits. */
    static Set<String> runs(String normalized) {
        String text = spelledOut(normalized);
        Set<String> out = new LinkedHashSet<>(references(text));
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HANGUL.indexOf(c) >= 0 || c == '영' || c == '륙') {
                // Korean numerals are syllables of ordinary words too (이 "this", 사 in 회사): only a run
                // of three or more is read as digits, and never as the tail of a written number (5678이에요)
                int end = i;
                while (end < text.length() && hangulDigit(text.charAt(end)) >= 0) {
                    end++;
                }
                flush(run, out);
                if (end - i >= 3) {
                    for (int k = i; k < end; k++) {
                        run.append((char) ('0' + hangulDigit(text.charAt(k))));
                    }
                    flush(run, out);
                }
                i = end - 1;
                continue;
            }
            int d = digit(c);
            if (d >= 0) {
                run.append((char) ('0' + d));
            } else if (!(c == ' ' && run.length() > 0 && i + 1 < text.length()
                    && digit(text.charAt(i + 1)) >= 0)) {
                flush(run, out); // "138 1234 5678" is one number; anything else ends it
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, Set<String> out) {
        if (run.length() >= MIN_RUN) {
            out.add(run.toString());
        }
        run.setLength(0);
    }

    /**
     * Booking references and order IDs that mix letters and digits, spelt out or not: "S-L-7-Q-4-K"
     * (normalized "s l 7 q 4 k") and "SL7Q4K" are the same reference.
     */
    private static Set<String> references(String text) {
        // the ASCII letter-and-digit pieces of the text, a single space between pieces joining them when
        // one is a lone character (spelt out), anything else ending the reference: 浙A·5K2D8 is a5k2d8
        Set<String> out = new LinkedHashSet<>();
        StringBuilder ref = new StringBuilder();
        int lastPiece = 0;
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && text.charAt(end) < 128 && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                boolean joins = text.charAt(i) == ' ' && ref.length() > 0 && i + 1 < text.length();
                if (!joins) {
                    reference(ref.toString(), out);
                    ref.setLength(0);
                }
                i++;
                continue;
            }
            int piece = end - i;
            if (ref.length() > 0 && text.charAt(i - 1) == ' ' && piece > 1 && lastPiece > 1) {
                reference(ref.toString(), out); // two words, not a spelt-out reference
                ref.setLength(0);
            }
            ref.append(text, i, end);
            lastPiece = piece;
            i = end;
        }
        reference(ref.toString(), out);
        return out;
    }

    private static void reference(String candidate, Set<String> out) {
        if (candidate.length() >= MIN_RUN && candidate.chars().anyMatch(Character::isDigit)
                && candidate.chars().anyMatch(Character::isLetter)) {
            out.add(candidate);
        }
    }

    /** English digit words as digits: "five five five two one eight" reads 555 218. */
    private static String spelledOut(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ", -1)) {
            Character d = WORDS.get(word);
            if (out.length() > 0) {
                out.append(' ');
            }
            if (d != null) {
                out.append(d.charValue());
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c == '幺') {
            return 1;
        }
        int i = NUMERALS.indexOf(c);
        return i < 0 ? -1 : Math.max(0, i - 1);
    }

    private static int hangulDigit(char c) {
        return switch (c) {
            case '영' -> 0;
            case '륙' -> 6;
            default -> HANGUL.indexOf(c);
        };
    }
}
