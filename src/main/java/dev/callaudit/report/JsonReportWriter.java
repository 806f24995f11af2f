package dev.callaudit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.callaudit.checks.CheckRegistry;
import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;
import dev.callaudit.checks.timing.TimingMetrics;
import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.RunResult;
import dev.callaudit.engine.Totals;
import dev.callaudit.io.InputException;
import dev.callaudit.io.ReadItem;
import dev.callaudit.scoring.AgentStats;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * All views in one document plus totals, the tool version and the rules hash. Field names are the
 * contract of SPEC.md's Output section; the document is written as a stream, in a fixed order.
 */
public final class JsonReportWriter implements ReportWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(RunResult r, ReportOptions options, Writer out) throws IOException {
        Redactor redact = new Redactor(options.redact());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("tool", "callaudit");
            g.writeStringField("version", r.version());
            g.writeStringField("rules_hash", r.rulesHash());
            totals(g, r.totals());
            g.writeArrayFieldStart("agents");
            for (AgentStats a : r.agents()) {
                agent(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("calls");
            for (CallResult c : r.calls()) {
                call(g, c, redact);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (CallResult c : r.calls()) {
                for (Finding f : c.findings()) {
                    finding(g, f, redact);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rejected");
            for (ReadItem.Rejected x : r.rejected()) {
                g.writeStartObject();
                g.writeStringField("file", x.file());
                g.writeNumberField("line", x.line());
                g.writeStringField("call_id", x.callId());
                g.writeStringField("reason", redact.mask(x.reason()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (InputException e : r.inputErrors()) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                g.writeNumberField("line", e.line());
                g.writeStringField("message", e.getMessage());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String w : r.warnings()) {
                g.writeString(redact.mask(w));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void totals(JsonGenerator g, Totals t) throws IOException {
        g.writeObjectFieldStart("totals");
        g.writeNumberField("files", t.files());
        g.writeNumberField("read", t.read());
        g.writeNumberField("audited", t.audited());
        g.writeNumberField("rejected", t.rejected());
        g.writeNumberField("passed", t.passed());
        g.writeNumberField("failed", t.failed());
        g.writeNumberField("findings", t.findings());
        g.writeNumberField("timing_skipped", t.timingSkipped());
        g.writeEndObject();
    }

    /** A number, or null when there is none (an agent or call without timed calls or responses). */
    private static void number(JsonGenerator g, String field, java.math.BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    private static java.math.BigDecimal rate(Double v) {
        return v == null ? null : Fmt.rate(v);
    }

    private static void agentTiming(JsonGenerator g, AgentStats a) throws IOException {
        g.writeObjectFieldStart("timing");
        g.writeNumberField("timed_calls", a.timedCalls());
        g.writeNumberField("responses", a.responses());
        number(g, "median_latency_s", Fmt.seconds(a.medianLatencyMs()));
        number(g, "p90_latency_s", Fmt.seconds(a.p90LatencyMs()));
        number(g, "syllables_per_min", Fmt.perMinute(a.speakingRate(Rows.SYLLABLES)));
        number(g, "words_per_min", Fmt.perMinute(a.speakingRate(Rows.WORDS)));
        number(g, "talk_share", rate(a.talkShare()));
        g.writeNumberField("talk_overs", a.talkOvers());
        number(g, "talk_overs_per_call", rate(a.talkOversPerCall()));
        g.writeNumberField("dead_air", a.deadAir());
        number(g, "dead_air_per_call", rate(a.deadAirPerCall()));
        g.writeEndObject();
    }

    private static void callTiming(JsonGenerator g, TimingMetrics t) throws IOException {
        g.writeObjectFieldStart("timing");
        g.writeStringField("status", t.status().key());
        if (t.timed()) {
            g.writeArrayFieldStart("latencies_s");
            for (long ms : t.latenciesMs()) {
                g.writeNumber(Fmt.seconds(ms));
            }
            g.writeEndArray();
            number(g, "median_latency_s", Fmt.seconds(t.medianLatencyMs()));
            number(g, "p90_latency_s", Fmt.seconds(t.p90LatencyMs()));
            number(g, "agent_talk_s", Fmt.seconds(t.agentTalkMs()));
            number(g, "customer_talk_s", Fmt.seconds(t.customerTalkMs()));
            number(g, "talk_share", rate(t.talkShare()));
            number(g, Rows.WORDS.equals(t.unit()) ? "words_per_min" : "syllables_per_min", Fmt.perMinute(t.unitsPerMinute()));
            g.writeNumberField("talk_overs", t.talkOvers());
            g.writeNumberField("dead_air", t.deadAir());
        }
        g.writeEndObject();
    }

    private static void agent(JsonGenerator g, AgentStats a) throws IOException {
        g.writeStartObject();
        g.writeStringField("agent_id", a.agentId());
        g.writeStringField("agent_name", a.agentName());
        g.writeNumberField("calls", a.calls());
        g.writeNumberField("mean_score", Fmt.mean(a.meanScore()));
        g.writeNumberField("min_score", a.minScore());
        g.writeNumberField("pass_rate", Fmt.rate(a.passRate()));
        g.writeObjectFieldStart("stage_rates");
        for (String k : CheckRegistry.stageKeys()) {
            Double rate = a.stageRate(k);
            if (rate == null) {
                g.writeNullField(k);
            } else {
                g.writeNumberField(k, Fmt.rate(rate));
            }
        }
        g.writeEndObject();
        g.writeNumberField("forbidden_hits", a.forbiddenHits());
        g.writeNumberField("forbidden_per_call", Fmt.rate(a.forbiddenPerCall()));
        g.writeArrayFieldStart("top_phrases");
        for (Map.Entry<String, Long> e : a.topPhrases(Rows.TOP_PHRASES)) {
            g.writeStartObject();
            g.writeStringField("rule", e.getKey());
            g.writeNumberField("count", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        agentTiming(g, a);
        g.writeEndObject();
    }

    private static void call(JsonGenerator g, CallResult c, Redactor redact) throws IOException {
        g.writeStartObject();
        g.writeStringField("call_id", c.callId());
        g.writeStringField("agent_id", c.agentId());
        g.writeStringField("agent_name", c.agentName());
        g.writeStringField("file", c.file());
        g.writeNumberField("line", c.line());
        g.writeStringField("pack", c.pack());
        g.writeNumberField("turns", c.turns());
        g.writeNumberField("score", c.score().score());
        g.writeBooleanField("passed", c.score().passed());
        g.writeBooleanField("auto_failed", c.score().autoFailed());
        g.writeObjectFieldStart("stages");
        for (String k : CheckRegistry.stageKeys()) {
            StageResult s = c.stages().get(k);
            if (s == null) {
                continue;
            }
            g.writeObjectFieldStart(k);
            g.writeBooleanField("passed", s.passed());
            g.writeStringField("status", s.status().key());
            g.writeNumberField("credit", Fmt.rate(s.credit()));
            if (s.turn() == null) {
                g.writeNullField("turn");
            } else {
                g.writeNumberField("turn", s.turn());
            }
            if (s.source() != null) {
                g.writeNumberField("customer_turn", s.source());
            }
            g.writeStringField("evidence", redact.mask(s.evidence()));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeNumberField("forbidden_hits", c.findings().stream().filter(f -> f.kind() == Finding.Kind.FORBIDDEN).count());
        callTiming(g, c.timing());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f, Redactor redact) throws IOException {
        g.writeStartObject();
        g.writeStringField("call_id", f.callId());
        g.writeStringField("agent_id", f.agentId());
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.line());
        g.writeNumberField("turn", f.turn());
        g.writeStringField("kind", f.kind().key());
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().key());
        g.writeStringField("text", redact.mask(f.text()));
        g.writeStringField("match", redact.mask(f.match()));
        g.writeStringField("suggestion", f.suggestion());
        g.writeStringField("message", redact.mask(f.message()));
        g.writeEndObject();
    }
}
