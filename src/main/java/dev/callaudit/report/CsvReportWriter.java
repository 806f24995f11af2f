package dev.callaudit.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.callaudit.engine.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV for spreadsheets: one stable header, one row per agent, call, finding or rejected record,
 * numbers without locale formatting. A cell that a spreadsheet would run as a formula (it starts with
 * = + - @, tab or carriage return; OWASP's CSV injection list) is prefixed with an apostrophe:
 * a caller can say anything, and speech-to-text writes it down.
 */
public final class CsvReportWriter implements ReportWriter {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Override
    public void write(RunResult result, ReportOptions options, Writer out) throws IOException {
        Rows.Table table = Rows.of(result, options.view(), new Redactor(options.redact()));
        ICSVWriter csv = new CSVWriter(out, ',', '"', '"', "\n");
        // every row names the tool and the rules it was audited with, at the end, so two nights'
        // spreadsheets can be compared without breaking anyone's column positions
        java.util.List<String> header = new java.util.ArrayList<>(table.header());
        header.addAll(List.of("callaudit_version", "rules_hash"));
        csv.writeNext(header.toArray(String[]::new), false);
        for (List<String> row : table.rows()) {
            java.util.List<String> cells = new java.util.ArrayList<>(row.stream().map(CsvReportWriter::defuse).toList());
            cells.add(result.version());
            cells.add(result.rulesHash());
            csv.writeNext(cells.toArray(String[]::new), false);
        }
        csv.flush();
    }

    static String defuse(String cell) {
        if (cell.length() < 2 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
