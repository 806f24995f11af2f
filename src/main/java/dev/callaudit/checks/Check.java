package dev.callaudit.checks;

/** One thing a call is checked for. Implementations are stateless and shared by all threads. */
public interface Check {
    String id();

    void check(AnalyzedCall call, CheckResults out);
}
