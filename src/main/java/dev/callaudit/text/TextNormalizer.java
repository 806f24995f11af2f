package dev.callaudit.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * The one normalization that both rules and transcripts go through, so that a phrase written once
 * catches the forms real transcripts contain: NFKC (full-width and half-width forms), case folding,
 * Traditional folded to Simplified, punctuation and white space dropped. Speech-to-text puts spaces
 * between Chinese characters ("不 知 道"), and Korean spacing varies, so spaces only survive between
 * two letters or digits of space-separated scripts (English words), as one space.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private final ScriptFolder folder = ScriptFolder.INSTANCE;

    public static final TextNormalizer INSTANCE = new TextNormalizer();

    private TextNormalizer() {
    }

    public Normalized normalize(String original) {
        String s = original == null ? "" : original;
        Builder b = new Builder(s, s.length());
        int[] table = bmp;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) {
                int info = table[c];
                if (info == 0) {
                    info = info(c);
                }
                if ((info & (INERT | APOSTROPHE | SEPARATOR | SUPPLEMENTARY)) == INERT && !b.pendingSpace) {
                    // most characters: kept, folded, nothing pending before them
                    b.plain((char) (info & FOLDED), (info & WORD) != 0, i);
                    i++;
                    continue;
                }
                if ((info & INERT) != 0) {
                    b.accept(c, info, i, i + 1);
                } else {
                    String m = mapped[c]; // null if another thread's write is not visible yet
                    b.acceptAll(m != null ? m : NFKC.normalize(String.valueOf(c)), i, i + 1);
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (NFKC.isInert(cp)) {
                b.accept(cp, compute(cp), i, next);
            } else {
                b.acceptAll(NFKC.normalize(s.substring(i, next)), i, next);
            }
            i = next;
        }
        return b.build();
    }

    // What normalization needs to know of a character, asked of ICU once per BMP character a run meets and
    // remembered (ICU's property lookups per character were a tenth of the audit's time): a transcript
    // uses a few thousand distinct characters. Racing threads write the same value, so no lock is needed.
    private static final int KNOWN = 1 << 30;
    private static final int INERT = 1 << 29;
    private static final int APOSTROPHE = 1 << 28;
    private static final int SEPARATOR = 1 << 27;
    private static final int SPACE = 1 << 26;
    private static final int WORD = 1 << 25;
    private static final int WORD_ITSELF = 1 << 24;
    private static final int SUPPLEMENTARY = 1 << 23;
    private static final int FOLDED = (1 << 21) - 1;
    private final int[] bmp = new int[0x10000];

    /** NFKC of each BMP character met that NFKC changes (full-width forms, compatibility characters). */
    private final String[] mapped = new String[0x10000];

    private int info(char c) {
        int info = bmp[c];
        if (info == 0) {
            // each character is normalized alone, so one that NFKC leaves as it is (most letters, Hangul
            // syllables) is as good as inert, and what it maps to can be remembered
            String alone = String.valueOf(c);
            String nfkc = NFKC.isInert(c) ? alone : NFKC.normalize(alone);
            if (!nfkc.equals(alone)) {
                mapped[c] = nfkc;
            }
            info = compute(c) | (nfkc.equals(alone) ? INERT : 0);
            bmp[c] = info;
        }
        return info;
    }

    private int compute(int cp) {
        int info = KNOWN | (wordChar(cp) ? WORD_ITSELF : 0);
        if (isApostrophe(cp)) {
            return info | APOSTROPHE;
        }
        if (isSeparator(cp)) {
            return info | SEPARATOR | (Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? SPACE : 0);
        }
        int folded = folder.fold(UCharacter.foldCase(cp, true));
        return info | (wordChar(folded) ? WORD : 0) | (folded > 0xFFFF ? SUPPLEMENTARY : 0) | folded;
    }

    /** Letters and digits of scripts that separate words with spaces; the only places a space is kept. */
    public static boolean isWordChar(int cp) {
        TextNormalizer n = INSTANCE;
        if (n != null && cp < 0x10000 && !Character.isSurrogate((char) cp)) {
            return (n.info((char) cp) & WORD_ITSELF) != 0;
        }
        return wordChar(cp);
    }

    private static boolean wordChar(int cp) {
        if (!UCharacter.isLetterOrDigit(cp)) {
            return false;
        }
        int script = UScript.getScript(cp);
        return script != UScript.HAN && script != UScript.HANGUL && script != UScript.HIRAGANA
                && script != UScript.KATAKANA && script != UScript.BOPOMOFO;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\uFF07';
    }

    private static boolean isSeparator(int cp) {
        int type = UCharacter.getType(cp);
        return switch (type) {
            case UCharacterCategory.SPACE_SEPARATOR, UCharacterCategory.LINE_SEPARATOR,
                 UCharacterCategory.PARAGRAPH_SEPARATOR, UCharacterCategory.CONTROL, UCharacterCategory.FORMAT,
                 UCharacterCategory.DASH_PUNCTUATION, UCharacterCategory.START_PUNCTUATION,
                 UCharacterCategory.END_PUNCTUATION, UCharacterCategory.CONNECTOR_PUNCTUATION,
                 UCharacterCategory.OTHER_PUNCTUATION, UCharacterCategory.INITIAL_PUNCTUATION,
                 UCharacterCategory.FINAL_PUNCTUATION, UCharacterCategory.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }

    private final class Builder {
        private final String original;
        private char[] out;
        private int n;
        private int[] from;
        private int[] to;
        private boolean pendingSpace;
        private int spaceFrom;
        private int spaceTo;
        private boolean lastWord;
        private final java.util.BitSet breaks = new java.util.BitSet();
        private final java.util.BitSet punctuation = new java.util.BitSet();
        private final java.util.BitSet sentences = new java.util.BitSet();
        private boolean pendingPunctuation;
        private int pendingDots;
        private boolean pendingEnd;

        Builder(String original, int capacity) {
            this.original = original;
            this.out = new char[Math.max(capacity, 4)];
            this.from = new int[Math.max(capacity, 4)];
            this.to = new int[Math.max(capacity, 4)];
        }

        void acceptAll(String mapped, int start, int end) {
            for (int j = 0; j < mapped.length(); ) {
                int m = mapped.codePointAt(j);
                accept(m, m <= 0xFFFF && !Character.isSurrogate((char) m) ? info((char) m) : compute(m), start, end);
                j += Character.charCount(m);
            }
        }

        void accept(int cp, int info, int start, int end) {
            if ((info & APOSTROPHE) != 0) {
                return; // "don't" and "dont" are the same word to a reviewer
            }
            if ((info & SEPARATOR) != 0) {
                if (!pendingSpace) {
                    spaceFrom = start;
                }
                pendingSpace = true;
                spaceTo = end;
                if ((info & SPACE) == 0) {
                    pendingPunctuation = true;
                    if (cp == '.') {
                        pendingDots++;
                    } else if (cp == '?' || cp == '!' || cp == '\u3002' || cp == '\uFF1F' || cp == '\uFF01' || cp == '\uFF0E') {
                        pendingEnd = true;
                    }
                }
                return;
            }
            int folded = info & FOLDED;
            boolean word = (info & WORD) != 0;
            if (pendingSpace) {
                // the marks stand before the word space (where a phrase ends) and before the next character
                markBreak(n);
                if (word && lastWord) {
                    emit(' ', spaceFrom, spaceTo);
                    markBreak(n);
                }
            }
            pendingSpace = false;
            pendingPunctuation = false;
            pendingEnd = false;
            pendingDots = 0;
            if (folded > 0xFFFF) {
                emit(Character.highSurrogate(folded), start, end);
                emit(Character.lowSurrogate(folded), start, end);
            } else {
                emit((char) folded, start, end);
            }
            lastWord = word;
        }

        private void markBreak(int at) {
            breaks.set(at);
            if (pendingPunctuation) {
                punctuation.set(at);
            }
            if (pendingDots == 1 && !pendingEnd) {
                sentences.set(at); // a full stop; "?" and "!" run on in speech ("Hello? Say something!")
            }
        }

        /** A character that is kept as {@code c} with nothing pending before it, from original position {@code at}. */
        void plain(char c, boolean word, int at) {
            if (n == out.length) {
                grow();
            }
            from[n] = at;
            to[n] = at + 1;
            out[n++] = c;
            lastWord = word;
        }

        private void emit(char c, int start, int end) {
            if (n == out.length) {
                grow();
            }
            from[n] = start;
            to[n] = end;
            out[n++] = c;
        }

        private void grow() {
            out = java.util.Arrays.copyOf(out, n * 2);
            from = java.util.Arrays.copyOf(from, n * 2);
            to = java.util.Arrays.copyOf(to, n * 2);
        }

        Normalized build() {
            return new Normalized(original, new String(out, 0, n), from, to, breaks, punctuation, sentences);
        }
    }
}
