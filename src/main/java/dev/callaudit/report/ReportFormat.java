package dev.callaudit.report;

import java.util.Locale;
import java.util.function.Supplier;

/** Every output format; {@code --format} lists these. Adding one is its writer and one line here. */
public enum ReportFormat {
    TABLE(TableReportWriter::new, true, "txt"),
    CSV(CsvReportWriter::new, true, "csv"),
    JSON(JsonReportWriter::new, false, "json"),
    HTML(HtmlReportWriter::new, false, "html"),
    SARIF(SarifReportWriter::new, false, "sarif"),
    JUNIT(JunitReportWriter::new, false, "junit.xml"),
    TEXT(TextReportWriter::new, false, "txt");

    private final Supplier<ReportWriter> factory;
    private final boolean perView;
    private final String extension;

    ReportFormat(Supplier<ReportWriter> factory, boolean perView, String extension) {
        this.factory = factory;
        this.perView = perView;
        this.extension = extension;
    }

    /** The files this format writes into {@code --out-dir}: one per view (agents.csv, ...) or one report. */
    public java.util.Map<String, ReportView> files() {
        java.util.Map<String, ReportView> out = new java.util.LinkedHashMap<>();
        if (perView) {
            for (ReportView v : ReportView.values()) {
                out.put(v.key() + "." + extension, v);
            }
        } else {
            out.put("report." + extension, ReportView.AGENTS);
        }
        return out;
    }

    /** What --out-dir writes when --format does not say: everything a person or a CI server opens. */
    public boolean inOutDirByDefault() {
        return this != TABLE && this != TEXT;
    }

    public ReportWriter writer() {
        return factory.get();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
