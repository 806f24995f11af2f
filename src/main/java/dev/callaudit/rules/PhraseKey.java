package dev.callaudit.rules;

/**
 * What a phrase in the run's matcher stands for: a forbidden rule, one of its exceptions, a phrase
 * of a stage group such as {@code opening.greeting}, or a timing phrase such as {@code timing.hold.thanks}.
 */
public record PhraseKey(String group, String ruleId) {
    public static final String FORBIDDEN = "forbidden";
    public static final String EXCEPTION = "exception";

    public static final String TIMING = "timing";

    // the same String for the same group every time, so the checks' many comparisons of a match's group
    // with the one they look for are settled by identity instead of by building and comparing text
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<String, String>>
            GROUPS = new java.util.concurrent.ConcurrentHashMap<>();

    public static String stageGroup(String stage, String group) {
        return GROUPS.computeIfAbsent(stage, s -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(group, g -> stage + "." + g);
    }

    /** The matcher group of a timing phrase list ({@code timing.hold.announce}, ...). */
    public static String timingGroup(String group) {
        return stageGroup(TIMING, group);
    }
}
