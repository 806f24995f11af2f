package dev.callaudit.rules;

import dev.callaudit.text.Boundary;
import dev.callaudit.text.PhrasePattern;

import java.util.List;
import java.util.stream.Stream;

/** A phrase an agent must never say, with what to say instead and the contexts where the same characters are fine. */
public record ForbiddenRule(
        String id,
        String phrase,
        List<String> variants,
        Severity severity,
        Category category,
        String suggest,
        List<String> exceptions,
        Boundary boundary,
        String source,
        String note,
        Examples examples) {

    public ForbiddenRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("forbidden entry without an id");
        }
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("forbidden entry '" + id + "' has no phrase");
        }
        variants = variants == null ? List.of() : List.copyOf(variants);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        severity = severity == null ? Severity.MAJOR : severity;
        category = category == null ? Category.OTHER : category;
        boundary = boundary == null ? Boundary.AUTO : boundary;
        examples = examples == null ? new Examples(null, null) : examples;
        Stream.concat(Stream.of(phrase), variants.stream()).forEach(PhrasePattern::validate);
        exceptions.forEach(PhrasePattern::validate);
    }

    public List<String> forms() {
        return Stream.concat(Stream.of(phrase), variants.stream()).toList();
    }
}
