package dev.callaudit.text;

/** A phrase that cannot be compiled: an unknown slot, no literal text, two slots side by side. */
public class PatternException extends IllegalArgumentException {
    public PatternException(String message) {
        super(message);
    }
}
