package dev.callaudit.checks;

/** Quoting what was said in evidence and messages, with the marks its script uses: 「您好」, “Hello”. */
public final class Quotes {
    private Quotes() {
    }

    public static String of(String s) {
        boolean eastAsian = s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        });
        return eastAsian ? "「" + s + "」" : "“" + s + "”";
    }
}
