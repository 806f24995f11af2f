package dev.callaudit.report;

import java.util.Locale;
import java.util.function.Supplier;

/** Every output format; {@code --format} lists these. Adding one is its writer and one line here. */
public enum ReportFormat {
    TABLE(TableReportWriter::new),
    CSV(CsvReportWriter::new),
    JSON(JsonReportWriter::new);

    private final Supplier<ReportWriter> factory;

    ReportFormat(Supplier<ReportWriter> factory) {
        this.factory = factory;
    }

    public ReportWriter writer() {
        return factory.get();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
