package dev.callaudit.report;

import dev.callaudit.checks.Finding;
import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.RunResult;
import dev.callaudit.io.ReadItem;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI servers (Jenkins, GitLab): a test suite per input file, a test case per call,
 * failed when the call did not pass, with its findings as the failure text; a rejected record is a
 * test case in error.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(RunResult r, ReportOptions options, Writer out) throws IOException {
        Redactor redact = new Redactor(options.redact());
        // two passes over the calls, so that each suite's counts can stand before its cases and no call is held
        Map<String, long[]> counts = new LinkedHashMap<>(); // file -> {calls, failed}
        for (CallResult c : r.calls()) {
            long[] n = counts.computeIfAbsent(c.file(), k -> new long[2]);
            n[0]++;
            n[1] += c.score().passed() ? 0 : 1;
        }
        Map<String, List<ReadItem.Rejected>> rejectedByFile = new LinkedHashMap<>();
        r.rejected().forEach(x -> rejectedByFile.computeIfAbsent(x.file(), k -> new ArrayList<>()).add(x));
        rejectedByFile.keySet().forEach(f -> counts.computeIfAbsent(f, k -> new long[2]));
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "callaudit " + r.version() + " · rules " + r.rulesHash());
            x.writeAttribute("tests", Long.toString(r.totals().read()));
            x.writeAttribute("failures", Long.toString(r.totals().failed()));
            x.writeAttribute("errors", Long.toString(r.totals().rejected()));
            if (options.generatedAt() != null) {
                x.writeAttribute("timestamp", options.generatedAt());
            }
            java.util.Iterator<CallResult> calls = r.calls().iterator();
            CallResult next = calls.hasNext() ? calls.next() : null;
            for (Map.Entry<String, long[]> file : counts.entrySet()) {
                List<ReadItem.Rejected> rejected = rejectedByFile.getOrDefault(file.getKey(), List.of());
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", file.getKey());
                x.writeAttribute("tests", Long.toString(file.getValue()[0] + rejected.size()));
                x.writeAttribute("failures", Long.toString(file.getValue()[1]));
                x.writeAttribute("errors", Integer.toString(rejected.size()));
                while (next != null && next.file().equals(file.getKey())) {
                    testCase(x, next, redact);
                    next = calls.hasNext() ? calls.next() : null;
                }
                for (ReadItem.Rejected rej : rejected) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("testcase");
                    x.writeAttribute("classname", "rejected");
                    x.writeAttribute("name", rej.callId() == null ? "line " + rej.line() : rej.callId());
                    x.writeAttribute("file", rej.file());
                    x.writeAttribute("line", Integer.toString(rej.line()));
                    x.writeStartElement("error");
                    x.writeAttribute("type", "rejected");
                    x.writeAttribute("message", redact.mask(rej.reason()));
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.writeCharacters("\n");
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        out.flush();
    }

    private static void testCase(XMLStreamWriter x, CallResult c, Redactor redact) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", c.agentId());
        x.writeAttribute("name", c.callId());
        x.writeAttribute("file", c.file());
        x.writeAttribute("line", Integer.toString(c.line()));
        String lines = findingLines(c, redact);
        if (!c.score().passed()) {
            x.writeStartElement("failure");
            x.writeAttribute("type", c.score().autoFailed() ? "auto-fail" : "score");
            x.writeAttribute("message", "score " + c.score().score() + (c.score().autoFailed()
                    ? ": a critical phrase fails the call" : ": below the pass mark") + ", " + c.findings().size() + " findings");
            x.writeCharacters(lines);
            x.writeEndElement();
        } else if (!lines.isEmpty()) {
            x.writeStartElement("system-out");
            x.writeCharacters("score " + c.score().score() + "\n" + lines);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static String findingLines(CallResult c, Redactor redact) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : c.findings()) {
            sb.append(TextReportWriter.line(f, redact)).append('\n');
            if (f.text() != null && !f.text().isBlank()) {
                sb.append("    > ").append(redact.mask(f.text()).replace('\n', ' ')).append('\n');
            }
        }
        return sb.toString();
    }
}
