package dev.callaudit.text;

/**
 * Where a phrase may start and end. {@code auto}, the default, asks for word boundaries only at the
 * ends of a phrase that are letters of a space-separated script, so "no" never fires inside "know"
 * while Chinese phrases match anywhere. {@code word} also holds Korean and Chinese ends to whole words
 * (뭐 but not 뭐든지); {@code none} matches anywhere; {@code clause} only where punctuation or the
 * turn's edge stands on both sides (a bare "What?" but not "What do you need?").
 */
public enum Boundary {
    AUTO, WORD, NONE,
    /** The phrase is a clause of its own: punctuation (or the turn's edge) on both sides; a bare "What?". */
    CLAUSE
}
