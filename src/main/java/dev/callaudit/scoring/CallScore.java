package dev.callaudit.scoring;

/**
 * A call's score 0..100: stage points earned over the points of the stages that applied, scaled to
 * 100, less the forbidden-phrase penalties. {@code autoFailed} is set by a critical phrase.
 */
public record CallScore(int score, boolean passed, boolean autoFailed, double earned, int potential, int penalty) {
}
