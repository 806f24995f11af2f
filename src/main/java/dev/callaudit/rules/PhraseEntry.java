package dev.callaudit.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callaudit.text.Boundary;
import dev.callaudit.text.PhrasePattern;

import java.util.List;

/**
 * A stage phrase: written either as a plain string or as an object with an id and variants.
 * Its id (the phrase itself when none is given) is what a user file replaces or disables.
 */
public record PhraseEntry(String id, String phrase, List<String> variants, Boundary boundary, Examples examples) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public PhraseEntry(@JsonProperty("id") String id,
                       @JsonProperty(value = "phrase", required = true) String phrase,
                       @JsonProperty("variants") List<String> variants,
                       @JsonProperty("boundary") Boundary boundary,
                       @JsonProperty("examples") Examples examples) {
        this.phrase = phrase;
        this.examples = examples == null ? new Examples(null, null) : examples;
        this.id = id == null || id.isBlank() ? phrase : id;
        this.variants = variants == null ? List.of() : List.copyOf(variants);
        this.boundary = boundary == null ? Boundary.AUTO : boundary;
        forms().forEach(PhrasePattern::validate);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PhraseEntry of(String phrase) {
        return new PhraseEntry(null, phrase, null, null, null);
    }

    /** The phrase and its variants. */
    public List<String> forms() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(phrase), variants.stream()).toList();
    }
}
