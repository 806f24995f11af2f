package dev.callaudit.rules;

import java.util.List;
import java.util.Map;

/**
 * What every stage's settings have in common. Each stage check declares its own record (its phrase
 * groups and thresholds) and registers it in {@link dev.callaudit.checks.CheckRegistry}.
 */
public interface StageConfig {
    int DEFAULT_WEIGHT = 20;

    Integer weight();

    Severity severity();

    /** The phrase to suggest in a finding when the stage is missed. */
    String suggest();

    /** Phrase lists by group name ("greeting", "offer", ...), compiled into the run's one matcher. */
    Map<String, List<PhraseEntry>> phraseGroups();

    default int weightOrDefault() {
        return weight() == null ? DEFAULT_WEIGHT : weight();
    }

    default Severity severityOrDefault() {
        return severity() == null ? Severity.MAJOR : severity();
    }

    /** A setting that makes no sense below {@code min} (a window of 0 turns) is a rules error, not a crash mid-run. */
    static void atLeast(String setting, Integer value, int min) {
        if (value != null && value < min) {
            throw new IllegalArgumentException(setting + " must be " + min + " or more, not " + value);
        }
    }

    static List<PhraseEntry> orEmpty(List<PhraseEntry> list) {
        return list == null ? List.of() : list;
    }
}
