package dev.callaudit.report;

/** What the user chose for a report: the view (CSV and table), and whether numbers in quotes are masked. */
public record ReportOptions(ReportView view, boolean redact) {
}
