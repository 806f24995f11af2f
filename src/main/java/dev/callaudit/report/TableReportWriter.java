package dev.callaudit.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import dev.callaudit.engine.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The console table for people. Columns are measured in terminal cells, so Chinese and Korean
 * (two cells a character) line up with English; long text is cut with an ellipsis.
 */
public final class TableReportWriter implements ReportWriter {
    private static final int MAX_CELL = 48;
    /** Columns too long for a terminal; the CSV and JSON keep them. */
    private static final Set<String> LEFT_OUT = Set.of("text", "suggestion", "file");

    @Override
    public void write(RunResult result, ReportOptions options, Writer out) throws IOException {
        Rows.Table table = Rows.of(result, options.view(), new Redactor(options.redact()));
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            if (options.view() == ReportView.AGENTS || options.view() == ReportView.REJECTED
                    || !LEFT_OUT.contains(table.header().get(i))) {
                keep.add(i);
            }
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(keep.stream().map(i -> title(table.header().get(i))).toList());
        for (List<String> row : table.rows()) {
            cells.add(keep.stream().map(i -> cut(oneLine(row.get(i)))).toList());
        }
        int[] widths = new int[keep.size()];
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        out.write("callaudit " + result.version() + " · rules " + result.rulesHash() + " · " + options.view().key() + "\n");
        for (int r = 0; r < cells.size(); r++) {
            writeRow(out, cells.get(r), widths);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int w : widths) {
                    rule.add("-".repeat(w));
                }
                writeRow(out, rule, widths);
            }
        }
        if (table.rows().isEmpty()) {
            out.write("(none)\n");
        }
        out.flush();
    }

    private static String title(String column) {
        return column.endsWith("_rate") && !column.equals("pass_rate") ? column.substring(0, column.length() - 5) : column;
    }

    private static void writeRow(Writer out, List<String> row, int[] widths) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            sb.append(cell);
            if (i < row.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.write(sb.toString().stripTrailing());
        out.write('\n');
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String cut(String s) {
        if (width(s) <= MAX_CELL) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = cellWidth(cp);
            if (w + cw > MAX_CELL - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cellWidth(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static int cellWidth(int cp) {
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
}
