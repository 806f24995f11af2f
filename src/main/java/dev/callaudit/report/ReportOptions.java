package dev.callaudit.report;

/**
 * What the user chose for a report: the view (CSV, table and text), whether numbers in quotes are
 * masked, and the time to print, which is null unless {@code --timestamp} asks for one: by default
 * the same inputs give the same bytes.
 */
public record ReportOptions(ReportView view, boolean redact, String generatedAt) {

    public ReportOptions(ReportView view, boolean redact) {
        this(view, redact, null);
    }
}
