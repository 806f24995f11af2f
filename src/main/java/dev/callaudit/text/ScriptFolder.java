package dev.callaudit.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Maps Chinese characters between the scripts: Traditional to Simplified so that one rule covers
 * both (the matcher's folding), and Simplified to Traditional to tell which script a text is in.
 *
 * <p>The table is ICU4J's own Traditional-Simplified transform, asked one character at a time. The
 * build asks it for every character in the folded range once and ships the answers in the jar
 * ({@code callaudit/text/<transform>.fold}, written by {@link #writeData}), together with the
 * transform of every phrase of the built-in packs; a run reads that instead of creating the ICU
 * transliterator, which takes a few hundred milliseconds of a short run's start-up. The transliterator
 * is still created, the first time it is needed, for what the data does not cover (a phrase of the
 * user's own rules), or when the data is missing (classes run without the build's resources); then
 * the table fills lazily, one character at a time, as before. The answers are the same either way.
 */
public final class ScriptFolder {
    private static final char UNKNOWN = 0;
    private static final int FIRST = 0x2E80;
    private static final int LAST = 0xFFFF;
    private static final int DATA_VERSION = 1;

    private final String transformId;
    private final char[] table = new char[0x10000];
    /** Whole texts the build already ran through the transform (the built-in packs' phrases), to their result. */
    private final Map<String, String> known;
    private Transliterator transform; // guarded by this; created on first need

    /** Traditional to Simplified: the matcher's folding. */
    public static final ScriptFolder INSTANCE = new ScriptFolder("Traditional-Simplified", true);
    /** Simplified to Traditional: a character it changes is Simplified-only. */
    public static final ScriptFolder TO_TRADITIONAL = new ScriptFolder("Simplified-Traditional", true);

    private ScriptFolder(String transformId, boolean useData) {
        this.transformId = transformId;
        Map<String, String> texts = Map.of();
        if (useData) {
            texts = readData();
        }
        this.known = texts;
    }

    /** A folder that asks ICU for everything (the build's source of truth, and the tests'). */
    public static ScriptFolder icuOnly(String transformId) {
        return new ScriptFolder(transformId, false);
    }

    /**
     * A whole text through the transform, words and all: ICU converts some words, not just their
     * characters (什么 → 甚麼), which no character-by-character folding can undo.
     */
    public String transform(String text) {
        String done = known.get(text);
        if (done != null) {
            return done;
        }
        synchronized (this) {
            return transliterator().transliterate(text);
        }
    }

    public int fold(int cp) {
        if (cp < FIRST || cp > LAST) {
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
        synchronized (this) {
            out = transliterator().transliterate(new String(Character.toChars(cp)));
        }
        if (out.codePointCount(0, out.length()) != 1 || out.codePointAt(0) > 0xFFFF) {
            return cp;
        }
        return out.charAt(0);
    }

    private Transliterator transliterator() {
        if (transform == null) {
            transform = Transliterator.getInstance(transformId);
        }
        return transform;
    }

    private static String resource(String transformId) {
        return "/callaudit/text/" + transformId + ".fold";
    }

    /** Fills the table from the build's data and returns its known texts; no data leaves the table to fill lazily. */
    private Map<String, String> readData() {
        InputStream raw = ScriptFolder.class.getResourceAsStream(resource(transformId));
        if (raw == null) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != DATA_VERSION || !in.readUTF().equals(transformId)) {
                return Map.of();
            }
            char[] filled = new char[table.length];
            for (int cp = FIRST; cp <= LAST; cp++) {
                filled[cp] = (char) cp;
            }
            int changed = in.readInt();
            byte[] pairs = new byte[changed * 4]; // (from, to) as big-endian chars, read at once
            in.readFully(pairs);
            for (int i = 0; i < pairs.length; i += 4) {
                filled[(pairs[i] & 0xFF) << 8 | pairs[i + 1] & 0xFF] = (char) ((pairs[i + 2] & 0xFF) << 8 | pairs[i + 3] & 0xFF);
            }
            int n = in.readInt();
            Map<String, String> texts = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String from = in.readUTF();
                texts.put(from, in.readUTF());
            }
            System.arraycopy(filled, FIRST, table, FIRST, LAST - FIRST + 1);
            return texts;
        } catch (IOException e) {
            return Map.of(); // unreadable data: ICU answers everything, as without it
        }
    }

    /**
     * The build step: asks ICU ({@link #icuOnly}) for every character of the folded range and for
     * each of {@code texts}, and writes the answers where {@link #INSTANCE} and {@link #TO_TRADITIONAL}
     * look for them.
     *
     * @param classesDir the root the resources go under (target/classes)
     * @return the files written
     */
    public static java.util.List<java.nio.file.Path> writeData(java.nio.file.Path classesDir, Collection<String> texts) throws IOException {
        java.util.List<java.nio.file.Path> written = new java.util.ArrayList<>();
        for (String id : new String[] {INSTANCE.transformId, TO_TRADITIONAL.transformId}) {
            ScriptFolder icu = icuOnly(id);
            java.nio.file.Path file = classesDir.resolve(resource(id).substring(1));
            java.nio.file.Files.createDirectories(file.getParent());
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(DATA_VERSION);
                out.writeUTF(id);
                StringBuilder pairs = new StringBuilder();
                int changed = 0;
                for (int cp = FIRST; cp <= LAST; cp++) {
                    int folded = icu.fold(cp);
                    if (folded != cp) {
                        pairs.append((char) cp).append((char) folded);
                        changed++;
                    }
                }
                out.writeInt(changed);
                out.writeChars(pairs.toString());
                // only Simplified to Traditional runs on whole texts (the packs' phrases, when they compile)
                TreeSet<String> sorted = id.equals(TO_TRADITIONAL.transformId) ? new TreeSet<>(texts) : new TreeSet<>();
                out.writeInt(sorted.size());
                for (String t : sorted) {
                    out.writeUTF(t);
                    out.writeUTF(icu.transform(t));
                }
            }
            try (OutputStream os = java.nio.file.Files.newOutputStream(file)) {
                bytes.writeTo(os);
            }
            written.add(file);
        }
        return written;
    }
}
