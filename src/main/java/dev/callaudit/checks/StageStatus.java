package dev.callaudit.checks;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a stage came out; n/a stages leave the call's potential score. */
public enum StageStatus {
    PASS("pass"), PARTIAL("partial"), FAIL("fail"), NOT_APPLICABLE("n/a");

    private final String key;

    StageStatus(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
