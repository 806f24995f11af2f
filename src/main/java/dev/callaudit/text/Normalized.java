package dev.callaudit.text;

/**
 * A turn's text as the matcher sees it, plus the way back: for every normalized char the
 * span of original chars it came from, so that a finding always quotes what was really said.
 */
public final class Normalized {
    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;
    private final java.util.BitSet breakBefore;
    private final java.util.BitSet punctuationBefore;
    private final java.util.BitSet sentenceBefore;

    Normalized(String original, String text, int[] from, int[] to, java.util.BitSet breakBefore,
               java.util.BitSet punctuationBefore, java.util.BitSet sentenceBefore) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
        this.breakBefore = breakBefore;
        this.punctuationBefore = punctuationBefore;
        this.sentenceBefore = sentenceBefore;
    }

    /** Whether the original had punctuation (not just white space) right before position {@code i}: a clause edge. */
    public boolean punctuationBefore(int i) {
        return i <= 0 || i >= text.length() || punctuationBefore.get(i);
    }

    /** Whether a full stop stands right before position {@code i} (an ellipsis is a pause, not an end). */
    public boolean sentenceBefore(int i) {
        return i > 0 && i < text.length() && sentenceBefore.get(i);
    }

    /** Whether a sentence ends anywhere strictly inside [start, end). */
    public boolean sentenceEndsWithin(int start, int end) {
        int next = sentenceBefore.nextSetBit(start + 1);
        return next >= 0 && next < end;
    }

    /**
     * Whether the original had white space or punctuation right before normalized position {@code i}:
     * the word boundaries of scripts whose spaces normalization drops (Korean: 뭐? vs 뭐든지).
     */
    public boolean breakBefore(int i) {
        return i <= 0 || i >= text.length() || breakBefore.get(i);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Start offset in the original text of normalized position {@code i}. */
    public int originalStart(int i) {
        return from[i];
    }

    /** End offset (exclusive) in the original text of normalized position {@code i}. */
    public int originalEnd(int i) {
        return to[i];
    }

    /** The first normalized position whose original text starts at or after {@code originalOffset}; length() if none. */
    public int positionAt(int originalOffset) {
        for (int i = 0; i < text.length(); i++) {
            if (from[i] >= originalOffset) {
                return i;
            }
        }
        return text.length();
    }

    /** The original text behind normalized span [start, end). */
    public String originalSpan(int start, int end) {
        if (start >= end) {
            return "";
        }
        return original.substring(from[start], to[end - 1]);
    }
}
