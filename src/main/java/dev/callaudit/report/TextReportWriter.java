package dev.callaudit.report;

import dev.callaudit.checks.Finding;
import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.RunResult;
import dev.callaudit.io.ReadItem;

import java.io.IOException;
import java.io.Writer;

/** Linter lines for terminals and editors: {@code file:line: severity rule: message}, rejected records as errors. */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(RunResult r, ReportOptions options, Writer out) throws IOException {
        Redactor redact = new Redactor(options.redact());
        for (CallResult c : r.calls()) {
            for (Finding f : c.findings()) {
                out.write(line(f, redact));
                out.write('\n');
            }
        }
        for (ReadItem.Rejected x : r.rejected()) {
            out.write(x.file() + ":" + x.line() + ": error rejected: " + redact.mask(x.reason()) + "\n");
        }
        out.flush();
    }

    static String line(Finding f, Redactor redact) {
        return f.file() + ":" + f.line() + ": " + f.severity().key() + " " + f.rule() + ": "
                + "call " + f.callId() + " turn " + f.turn() + ": " + redact.mask(f.message()).replace('\n', ' ');
    }
}
