package dev.callaudit.text;

/**
 * One phrase found in one text: normalized span [start, end), the original text it quotes, and the
 * name a {name} slot captured, if any.
 */
public record PhraseMatch<K>(K key, int start, int end, String quote, String name) {

    public boolean contains(PhraseMatch<?> other) {
        return start <= other.start && end >= other.end;
    }

    public boolean overlaps(PhraseMatch<?> other) {
        return start < other.end && other.start < end;
    }
}
