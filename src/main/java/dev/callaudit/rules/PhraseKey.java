package dev.callaudit.rules;

/**
 * What a phrase in the run's matcher stands for: a forbidden rule, one of its exceptions, or a phrase
 * of a stage group such as {@code opening.greeting}.
 */
public record PhraseKey(String group, String ruleId) {
    public static final String FORBIDDEN = "forbidden";
    public static final String EXCEPTION = "exception";

    public static String stageGroup(String stage, String group) {
        return stage + "." + group;
    }
}
