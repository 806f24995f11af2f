package dev.callaudit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as every report writes them: rates 0..1 with 3 decimals, mean scores with 1, no locale. */
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
}
