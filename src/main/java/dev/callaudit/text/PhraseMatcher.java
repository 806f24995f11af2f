package dev.callaudit.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every phrase of a rule set in a text in one Aho-Corasick pass over the normalized text.
 * Built once per run; immutable and safe to share between threads.
 */
public final class PhraseMatcher<K> {

    private record Entry<K>(K key, PhrasePattern pattern) {
    }

    private final AhoCorasickDoubleArrayTrie<List<Entry<K>>> trie;
    private final boolean empty;

    private PhraseMatcher(AhoCorasickDoubleArrayTrie<List<Entry<K>>> trie, boolean empty) {
        this.trie = trie;
        this.empty = empty;
    }

    public static <K> Builder<K> builder() {
        return new Builder<>();
    }

    /** All matches in {@code text}, ordered by start, then longest first. */
    public List<PhraseMatch<K>> findAll(Normalized text) {
        List<PhraseMatch<K>> out = new ArrayList<>();
        if (empty || text.length() == 0) {
            return out;
        }
        String s = text.text();
        trie.parseText(s, (begin, end, entries) -> {
            for (Entry<K> e : entries) {
                PhrasePattern.Hit hit = e.pattern().confirm(text, begin, end);
                if (hit != null) {
                    out.add(new PhraseMatch<>(e.key(), hit.start(), hit.end(),
                            text.originalSpan(hit.start(), hit.end()), hit.name()));
                }
            }
        });
        if (out.size() > 1) {
            out.sort(PhraseMatcher::byStartLongestFirst);
        }
        return out;
    }

    private static int byStartLongestFirst(PhraseMatch<?> a, PhraseMatch<?> b) {
        return a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());
    }

    public static final class Builder<K> {
        private final Map<String, List<Entry<K>>> byAnchor = new TreeMap<>();

        public Builder<K> add(K key, PhrasePattern pattern) {
            byAnchor.computeIfAbsent(pattern.anchor(), a -> new ArrayList<>()).add(new Entry<>(key, pattern));
            return this;
        }

        public PhraseMatcher<K> build() {
            AhoCorasickDoubleArrayTrie<List<Entry<K>>> trie = new AhoCorasickDoubleArrayTrie<>();
            if (!byAnchor.isEmpty()) {
                trie.build(new TreeMap<>(byAnchor));
            }
            return new PhraseMatcher<>(trie, byAnchor.isEmpty());
        }
    }
}
