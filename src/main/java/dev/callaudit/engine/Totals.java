package dev.callaudit.engine;

/**
 * The run's accounting: {@code audited + rejected = read}, always. {@code timingSkipped} counts the
 * audited calls without timestamps, whose timing checks were skipped (said once, in the summary).
 */
public record Totals(int files, long read, long audited, long rejected, long passed, long failed, long findings,
                     long timingSkipped) {
}
