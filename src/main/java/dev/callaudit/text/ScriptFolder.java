package dev.callaudit.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Maps Chinese characters between the scripts: Traditional to Simplified so that one rule covers
 * both (the matcher's folding), and Simplified to Traditional to tell which script a text is in.
 *
 * <p>The table is ICU4J's own Traditional-Simplified transform, asked one character at a time and
 * remembered: a run touches a few thousand distinct characters, so filling the table lazily costs
 * far less start-up time than transliterating all 90k Han code points up front.
 */
public final class ScriptFolder {
    private static final char UNKNOWN = 0;
    private final char[] table = new char[0x10000];
    private final Transliterator transform;

    /** Traditional to Simplified: the matcher's folding. */
    public static final ScriptFolder INSTANCE = new ScriptFolder("Traditional-Simplified");
    /** Simplified to Traditional: a character it changes is Simplified-only. */
    public static final ScriptFolder TO_TRADITIONAL = new ScriptFolder("Simplified-Traditional");

    private ScriptFolder(String transformId) {
        this.transform = Transliterator.getInstance(transformId);
    }

    /**
     * A whole text through the transform, words and all: ICU converts some words, not just their
     * characters (什么 → 甚麼), which no character-by-character folding can undo.
     */
    public String transform(String text) {
        synchronized (transform) {
            return transform.transliterate(text);
        }
    }

    public int fold(int cp) {
        if (cp < 0x2E80 || cp > 0xFFFF) {
            return cp;
        }
        char cached = table[cp];
        if (cached != UNKNOWN) {
            return cached;
        }
        char folded = (char) lookup(cp);
        table[cp] = folded;
        return folded;
    }

    private int lookup(int cp) {
        if (UScript.getScript(cp) != UScript.HAN) {
            return cp;
        }
        String out;
        synchronized (transform) {
            out = transform.transliterate(new String(Character.toChars(cp)));
        }
        if (out.codePointCount(0, out.length()) != 1 || out.codePointAt(0) > 0xFFFF) {
            return cp;
        }
        return out.charAt(0);
    }
}
