package dev.callaudit.checks;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Numbers as people say them: phone and account numbers come as ASCII digits (full-width ones are
 * already folded by NFKC) or, from speech-to-text, as Chinese numerals read digit by digit (一三八, 幺).
 */
final class Digits {
    static final int MIN_RUN = 4;
    private static final String NUMERALS = "零〇一二三四五六七八九";

    private Digits() {
    }

    /** Runs of {@value #MIN_RUN} or more digits in a normalized text, numerals read as digits. */
    static Set<String> runs(String text) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int d = digit(text.charAt(i));
            if (d >= 0) {
                run.append((char) ('0' + d));
            } else if (!(text.charAt(i) == ' ' && run.length() > 0 && i + 1 < text.length()
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
}
