package dev.callaudit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of SPEC.md; {@code --help} lists them from here. Where several apply, the highest wins. */
public enum ExitCode {
    OK(0, "done, and the bar (--fail-under, --fail-on) met"),
    BAR_MISSED(1, "done, but the bar missed"),
    USAGE(2, "bad usage or a bad rules file (checked before any input is read)"),
    INPUT(3, "input that could not be read, no calls found, or rejected records under --strict"),
    INTERNAL(4, "internal error: a bug in callaudit (set CALLAUDIT_DEBUG=1 for details, and report it)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public static ExitCode worst(ExitCode a, ExitCode b) {
        return a.code >= b.code ? a : b;
    }

    static Map<String, String> helpList() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ExitCode c : values()) {
            m.put(Integer.toString(c.code), c.meaning);
        }
        return m;
    }
}
