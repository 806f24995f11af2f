package dev.callaudit.engine;

/** The run's accounting: {@code audited + rejected = read}, always. */
public record Totals(int files, long read, long audited, long rejected, long passed, long failed, long findings) {
}
