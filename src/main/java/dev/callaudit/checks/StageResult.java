package dev.callaudit.checks;

/**
 * One stage of one call, with its evidence: the turn that satisfied it and the quoted text, or why it
 * failed. {@code credit} is the share of the stage's weight earned (1, the rules' partial credit, or 0).
 * {@code source} is the customer's turn the stage drew on, when there is one: the request a
 * confirmation restated, the turn where the caller gave their name.
 */
public record StageResult(StageStatus status, double credit, Integer turn, Integer source, String evidence) {

    public static StageResult pass(int turn, String evidence) {
        return new StageResult(StageStatus.PASS, 1.0, turn, null, evidence);
    }

    public static StageResult pass(int turn, Integer source, String evidence) {
        return new StageResult(StageStatus.PASS, 1.0, turn, source, evidence);
    }

    public static StageResult partial(double credit, int turn, String evidence) {
        return new StageResult(StageStatus.PARTIAL, credit, turn, null, evidence);
    }

    public static StageResult fail(String reason) {
        return new StageResult(StageStatus.FAIL, 0.0, null, null, reason);
    }

    public static StageResult fail(int turn, String reason) {
        return new StageResult(StageStatus.FAIL, 0.0, turn, null, reason);
    }

    public static StageResult notApplicable(String reason) {
        return new StageResult(StageStatus.NOT_APPLICABLE, 0.0, null, null, reason);
    }

    public boolean passed() {
        return status == StageStatus.PASS;
    }

    public boolean applicable() {
        return status != StageStatus.NOT_APPLICABLE;
    }
}
