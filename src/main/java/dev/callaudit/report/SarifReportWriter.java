package dev.callaudit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.callaudit.checks.CheckRegistry;
import dev.callaudit.checks.Finding;
import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.RunResult;
import dev.callaudit.io.ReadItem;
import dev.callaudit.rules.ForbiddenRule;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.TimingConfig;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, so code-scanning UIs (GitHub, GitLab) show each finding on its transcript line:
 * one result per finding with its file and line as the physical location, one rule per stage or
 * forbidden phrase that fired, with the phrase to say instead as its help. Rejected records are
 * tool execution notifications at their line.
 */
public final class SarifReportWriter implements ReportWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(RunResult r, ReportOptions options, Writer out) throws IOException {
        Redactor redact = new Redactor(options.redact());
        List<Finding> findings = new ArrayList<>();
        for (CallResult c : r.calls()) {
            findings.addAll(c.findings());
        }
        List<String> ruleIds = new ArrayList<>(new TreeSet<>(findings.stream().map(Finding::rule).toList()));
        TreeMap<String, Finding> example = new TreeMap<>();
        findings.forEach(f -> example.putIfAbsent(f.rule(), f));
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "callaudit");
            g.writeStringField("version", r.version());
            g.writeArrayFieldStart("rules");
            for (String id : ruleIds) {
                rule(g, r, id, example.get(id));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", r.inputErrors().isEmpty());
            if (options.generatedAt() != null) {
                g.writeStringField("endTimeUtc", options.generatedAt());
            }
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (ReadItem.Rejected x : r.rejected()) {
                g.writeStartObject();
                g.writeStringField("level", "error");
                message(g, "rejected" + (x.callId() == null ? "" : " call " + x.callId()) + ": " + redact.mask(x.reason()));
                g.writeArrayFieldStart("locations");
                location(g, x.file(), x.line());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.rule());
                g.writeNumberField("ruleIndex", ruleIds.indexOf(f.rule()));
                g.writeStringField("level", level(f.severity()));
                message(g, "call " + f.callId() + ", turn " + f.turn() + ": " + redact.mask(f.message()));
                g.writeArrayFieldStart("locations");
                location(g, f.file(), f.line());
                g.writeEndArray();
                g.writeObjectFieldStart("partialFingerprints");
                g.writeStringField("callTurnRule/v1", f.callId() + ":" + f.turn() + ":" + f.rule());
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("call_id", f.callId());
                g.writeStringField("agent_id", f.agentId());
                g.writeNumberField("turn", f.turn());
                g.writeStringField("kind", f.kind().key());
                g.writeStringField("severity", f.severity().key());
                g.writeStringField("text", redact.mask(f.text()));
                if (f.match() != null) {
                    g.writeStringField("match", redact.mask(f.match()));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeStringField("rules_hash", r.rulesHash());
            g.writeNumberField("calls_read", r.totals().read());
            g.writeNumberField("calls_audited", r.totals().audited());
            g.writeNumberField("calls_rejected", r.totals().rejected());
            g.writeNumberField("calls_without_timestamps", r.totals().timingSkipped());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void rule(JsonGenerator g, RunResult r, String id, Finding example) throws IOException {
        boolean stage = CheckRegistry.stageKeys().contains(id);
        boolean timing = example.kind() == Finding.Kind.TIMING;
        Optional<ForbiddenRule> forbidden = stage || timing ? Optional.empty() : r.rules().forbiddenRule(id);
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", stage ? "stage-" + id.replace('_', '-') : timing ? "timing-" + id.replace('_', '-') : id);
        String shortText = stage ? "Call stage '" + id + "' missing or incomplete"
                : timing ? "Timing: " + TIMING_RULES.getOrDefault(id, id.replace('_', ' '))
                : "Forbidden phrase" + forbidden.map(f -> " (" + f.category().key() + "): " + f.phrase()).orElse("");
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", shortText);
        g.writeEndObject();
        String suggestion = example.suggestion();
        String help = (stage ? "Every call needs its '" + id + "' stage." : timing ? "A timing norm of the service script "
                + "(thresholds in the rules' timing: section)." : "Agents must not say this.")
                + (suggestion == null || suggestion.isBlank() ? "" : (timing ? " What to do: " : " Say instead: ") + suggestion)
                + forbidden.map(f -> f.source() == null ? "" : " Source: " + f.source() + ".").orElse("");
        g.writeObjectFieldStart("help");
        g.writeStringField("text", help);
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(forbidden.map(ForbiddenRule::severity).orElse(example.severity())));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("kind", example.kind().key());
        if (suggestion != null) {
            g.writeStringField("suggestion", suggestion);
        }
        if (forbidden.isPresent()) {
            g.writeStringField("category", forbidden.get().category().key());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** What each timing rule holds the agent to, for the rule's short description. */
    private static final java.util.Map<String, String> TIMING_RULES = java.util.Map.of(
            TimingConfig.DEAD_AIR, "silence where the agent owed the next word",
            TimingConfig.HOLD_UNANNOUNCED, "long silence with no hold announcement before it",
            TimingConfig.HOLD_THANKS, "no thanks for waiting after a hold",
            TimingConfig.RESPONSE_LATENCY, "slow answers to the customer",
            TimingConfig.SPEAKING_RATE, "speaking too fast or too slow",
            TimingConfig.TALK_OVER, "talking over the customer",
            TimingConfig.TALK_SHARE, "agent's share of the talk time out of range");

    private static void message(JsonGenerator g, String text) throws IOException {
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, String file, int line) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(file));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, line));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A relative URI reference for a file as reports name it (Chinese names and spaces percent-encoded). */
    static String uri(String file) {
        try {
            return new URI(null, null, file, null).toASCIIString();
        } catch (URISyntaxException e) {
            return file.replaceAll("[^A-Za-z0-9._/-]", "_");
        }
    }

    private static String level(Severity s) {
        return switch (s) {
            case CRITICAL, MAJOR -> "error";
            case MINOR -> "warning";
            case INFO -> "note";
        };
    }
}
