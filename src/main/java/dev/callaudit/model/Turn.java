package dev.callaudit.model;

/**
 * One utterance. {@code index} is the 1-based position in the call that every report uses;
 * {@code line} is where it stands in its source file so findings can point at it.
 */
public record Turn(int index, Speaker speaker, String text, Long startMs, Long endMs, int line) {

    public boolean isAgent() {
        return speaker == Speaker.AGENT;
    }

    public boolean isCustomer() {
        return speaker == Speaker.CUSTOMER;
    }
}
