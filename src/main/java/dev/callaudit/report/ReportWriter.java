package dev.callaudit.report;

import dev.callaudit.engine.RunResult;

import java.io.IOException;
import java.io.Writer;

/** One output format: a pure function of the run's result. */
public interface ReportWriter {
    void write(RunResult result, ReportOptions options, Writer out) throws IOException;
}
