package dev.callaudit.report;

/**
 * Masks phone, account and ID numbers in quoted text: every run of 6 or more digits keeps only its
 * last 4 (SPEC.md), because reports travel further than transcripts do. Digits separated by single
 * spaces or hyphens count as one run (138-1234-5678). Matching never sees the masked text.
 */
public final class Redactor {
    static final int MIN_RUN = 6;
    static final int KEEP = 4;

    private final boolean enabled;

    public Redactor(boolean enabled) {
        this.enabled = enabled;
    }

    public String mask(String s) {
        if (!enabled || s == null || s.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            int end = i;
            while (end < s.length()) {
                char c = s.charAt(end);
                if (isDigit(c)) {
                    digits++;
                    end++;
                } else if ((c == ' ' || c == '-') && end + 1 < s.length() && isDigit(s.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            if (digits >= MIN_RUN) {
                int toMask = digits - KEEP;
                for (int j = start; j < end && toMask > 0; j++) {
                    if (isDigit(s.charAt(j))) {
                        out.setCharAt(j, '*');
                        toMask--;
                    }
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
