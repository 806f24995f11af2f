package dev.callaudit.scoring;

/**
 * Response latencies counted in fixed buckets, so that an agent's median and 90th percentile come
 * from counts that merge by adding (threads, machines) instead of a list of every sample. Buckets are
 * 0.1 s wide up to 10 s, 1 s wide up to 60 s and 10 s wide up to 10 minutes, with one bucket beyond;
 * a latency is counted at the top of its bucket (1.23 s as 1.3 s), so a quantile is "at most" that.
 */
public final class LatencyHistogram {
    private static final long FINE = 100;
    private static final long FINE_TO = 10_000;
    private static final long MEDIUM = 1_000;
    private static final long MEDIUM_TO = 60_000;
    private static final long COARSE = 10_000;
    private static final long COARSE_TO = 600_000;
    private static final int FINE_BUCKETS = (int) (FINE_TO / FINE);
    private static final int MEDIUM_BUCKETS = (int) ((MEDIUM_TO - FINE_TO) / MEDIUM);
    private static final int COARSE_BUCKETS = (int) ((COARSE_TO - MEDIUM_TO) / COARSE);
    /** Buckets: [0] holds 0 ms exactly; then (0, 0.1 s], (0.1, 0.2 s], ...; the last one is beyond 10 minutes. */
    static final int BUCKETS = 1 + FINE_BUCKETS + MEDIUM_BUCKETS + COARSE_BUCKETS + 1;

    private final long[] counts = new long[BUCKETS];
    private long total;

    public void add(long ms) {
        counts[bucket(Math.max(0, ms))]++;
        total++;
    }

    public void merge(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
    }

    public long count() {
        return total;
    }

    /**
     * The q-quantile (nearest rank) as the top of its bucket, in ms; past 10 minutes, 10 minutes.
     * Null when nothing was counted.
     */
    public Long quantile(double q) {
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return top(i);
            }
        }
        return top(BUCKETS - 1);
    }

    static int bucket(long ms) {
        if (ms == 0) {
            return 0;
        }
        if (ms <= FINE_TO) {
            return (int) ((ms + FINE - 1) / FINE);
        }
        if (ms <= MEDIUM_TO) {
            return FINE_BUCKETS + (int) ((ms - FINE_TO + MEDIUM - 1) / MEDIUM);
        }
        if (ms <= COARSE_TO) {
            return FINE_BUCKETS + MEDIUM_BUCKETS + (int) ((ms - MEDIUM_TO + COARSE - 1) / COARSE);
        }
        return BUCKETS - 1;
    }

    static long top(int bucket) {
        if (bucket <= FINE_BUCKETS) {
            return bucket * FINE;
        }
        if (bucket <= FINE_BUCKETS + MEDIUM_BUCKETS) {
            return FINE_TO + (bucket - FINE_BUCKETS) * MEDIUM;
        }
        if (bucket <= FINE_BUCKETS + MEDIUM_BUCKETS + COARSE_BUCKETS) {
            return MEDIUM_TO + (bucket - FINE_BUCKETS - MEDIUM_BUCKETS) * COARSE;
        }
        return COARSE_TO;
    }
}
