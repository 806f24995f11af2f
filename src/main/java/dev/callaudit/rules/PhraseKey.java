package dev.callaudit.rules;

/**
 * What a phrase in the run's matcher stands for: a forbidden rule, one of its exceptions, a phrase
 * of a stage group such as {@code opening.greeting}, or a timing phrase such as {@code timing.hold.thanks}.
 */
public record PhraseKey(String group, String ruleId) {
    public static final String FORBIDDEN = "forbidden";
    public static final String EXCEPTION = "exception";

    public static final String TIMING = "timing";

    public static String stageGroup(String stage, String group) {
        return stage + "." + group;
    }

    /** The matcher group of a timing phrase list ({@code timing.hold.announce}, ...). */
    public static String timingGroup(String group) {
        return TIMING + "." + group;
    }
}
