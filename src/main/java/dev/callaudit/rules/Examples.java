package dev.callaudit.rules;

import java.util.List;

/**
 * Sentences a rule must and must not fire on, the way prh's specs and LanguageTool's example
 * sentences work: they run when the rules load, so an edit that breaks a rule fails before the nightly run.
 */
public record Examples(List<String> match, List<String> noMatch) {
    public Examples {
        match = match == null ? List.of() : List.copyOf(match);
        noMatch = noMatch == null ? List.of() : List.copyOf(noMatch);
    }
}
