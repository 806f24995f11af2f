package dev.callaudit.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LatencyHistogramTest {

    private static LatencyHistogram of(long... ms) {
        LatencyHistogram h = new LatencyHistogram();
        for (long v : ms) {
            h.add(v);
        }
        return h;
    }

    @Test
    void quantilesAreNearestRankAtTheTopOfTheirBucket() {
        LatencyHistogram h = of(500, 1000, 1250, 1500, 2000, 2500, 3000, 4000, 12000);
        assertEquals(2000L, h.quantile(0.5), "the 5th of 9");
        assertEquals(12000L, h.quantile(0.9), "the 9th of 9 (rank ceil(8.1))");
        assertEquals(500L, h.quantile(0.0));
        assertEquals(1300L, of(1250).quantile(0.5), "1.25 s falls in (1.2 s, 1.3 s]: counted as 1.3 s");
        assertEquals(1200L, of(1200).quantile(0.5), "a bucket's top is in the bucket");
        assertEquals(0L, of(0).quantile(0.5), "an answer that overlapped the customer's end waited 0 s");
    }

    @Test
    void longWaitsLoseResolutionButKeepTheirOrder() {
        assertEquals(11000L, of(10001).quantile(0.5), "1 s buckets past 10 s");
        assertEquals(70000L, of(60001).quantile(0.5), "10 s buckets past a minute");
        assertEquals(600000L, of(3_600_000).quantile(0.5), "everything past 10 minutes is one bucket");
    }

    @Test
    void mergingIsAddingAndGivesWhatOneHistogramGives() {
        LatencyHistogram a = of(500, 4000, 12000);
        LatencyHistogram b = of(1000, 1250, 1500, 2000, 2500, 3000);
        b.merge(a);
        LatencyHistogram whole = of(500, 1000, 1250, 1500, 2000, 2500, 3000, 4000, 12000);
        assertEquals(whole.count(), b.count());
        for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            assertEquals(whole.quantile(q), b.quantile(q), "q " + q);
        }
    }

    @Test
    void anEmptyHistogramHasNoQuantile() {
        assertNull(new LatencyHistogram().quantile(0.5));
    }
}
