package dev.callaudit.report;

import java.util.Locale;

/** The views of SPEC.md's Output section; each CSV and table report is one of them. */
public enum ReportView {
    AGENTS, CALLS, FINDINGS, REJECTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key();
    }
}
