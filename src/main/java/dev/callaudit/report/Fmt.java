package dev.callaudit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as every report writes them: rates and shares 0..1 with 3 decimals, mean scores, seconds and
 * rates a minute with 1, no locale.
 */
public final class Fmt {
    private Fmt() {
    }

    static BigDecimal rate(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    static String rateText(Double v) {
        return v == null ? "" : rate(v).toPlainString();
    }

    public static String meanText(double v) {
        return mean(v).toPlainString();
    }

    /** Points as a reviewer writes them: 20, 10, 7.5. */
    static String points(double v) {
        return new BigDecimal(v).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A time into the call: 1:05.2 (minutes, seconds and tenths). */
    static String clock(long ms) {
        long tenths = Math.round(ms / 100.0);
        return String.format(java.util.Locale.ROOT, "%d:%02d.%d", tenths / 600, tenths / 10 % 60, tenths % 10);
    }

    /** Milliseconds as seconds with 1 decimal; null stays null. */
    static BigDecimal seconds(Long ms) {
        return ms == null ? null : BigDecimal.valueOf(ms).movePointLeft(3).setScale(1, RoundingMode.HALF_UP);
    }

    static String secondsText(Long ms) {
        return ms == null ? "" : seconds(ms).toPlainString();
    }

    /** A speaking rate (syllables or words a minute) with 1 decimal; null stays null. */
    static BigDecimal perMinute(Double v) {
        return v == null ? null : mean(v);
    }

    static String perMinuteText(Double v) {
        return v == null ? "" : perMinute(v).toPlainString();
    }
}
