package dev.callaudit.engine;

import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;
import dev.callaudit.checks.StageStatus;
import dev.callaudit.checks.timing.TimingMetrics;
import dev.callaudit.checks.timing.TimingView;
import dev.callaudit.rules.Severity;
import dev.callaudit.scoring.CallScore;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spill file's format: each audited call as its fields, in a fixed order. Java serialization did
 * the same job at a sixth of the audit's time (reflection per field, a handle table per object); this
 * writes what a record holds and nothing else. Strings that repeat across calls (file, agent, pack,
 * stage and rule names, suggestions) are written once and then referred to by number; a reader and a
 * writer build the same table in the same order, so a file is only ever read by the run that wrote it.
 */
final class SpillCodec {
    private static final int NULL = -1;
    /** A symbol written out in full, the first time it appears; a number at or above 0 refers to an earlier one. */
    private static final int NEW = -2;
    /** Past this many distinct repeated strings the table stops growing, so the heap stays flat. */
    private static final int MAX_SYMBOLS = 1 << 16;

    private static final StageStatus[] STATUSES = StageStatus.values();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final Finding.Kind[] KINDS = Finding.Kind.values();
    private static final TimingView.Status[] TIMING = TimingView.Status.values();

    static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> symbols = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(CallResult c) throws IOException {
            out.writeLong(c.order());
            text(c.callId());
            symbol(c.agentId());
            symbol(c.agentName());
            symbol(c.file());
            out.writeInt(c.line());
            symbol(c.pack());
            out.writeInt(c.turns());
            out.writeInt(c.stages().size());
            for (Map.Entry<String, StageResult> e : c.stages().entrySet()) {
                symbol(e.getKey());
                StageResult s = e.getValue();
                out.writeByte(s.status().ordinal());
                out.writeDouble(s.credit());
                out.writeInt(s.turn() == null ? NULL : s.turn());
                out.writeInt(s.source() == null ? NULL : s.source());
                text(s.evidence());
            }
            out.writeInt(c.findings().size());
            for (Finding f : c.findings()) {
                finding(f);
            }
            CallScore s = c.score();
            out.writeInt(s.score());
            out.writeBoolean(s.passed());
            out.writeBoolean(s.autoFailed());
            out.writeDouble(s.earned());
            out.writeInt(s.potential());
            out.writeInt(s.penalty());
            timing(c.timing());
            out.writeInt(c.warnings().size());
            for (String w : c.warnings()) {
                text(w);
            }
        }

        private void finding(Finding f) throws IOException {
            text(f.callId());
            symbol(f.agentId());
            symbol(f.file());
            out.writeInt(f.line());
            out.writeInt(f.turn());
            out.writeByte(f.kind().ordinal());
            symbol(f.rule());
            out.writeByte(f.severity() == null ? NULL : f.severity().ordinal());
            text(f.text());
            text(f.match());
            symbol(f.suggestion());
            text(f.message());
            out.writeInt(f.offset());
        }

        private void timing(TimingMetrics t) throws IOException {
            out.writeByte(t.status().ordinal());
            long[] latencies = t.latenciesMs();
            out.writeInt(latencies.length);
            for (long l : latencies) {
                out.writeLong(l);
            }
            out.writeLong(t.agentTalkMs());
            out.writeLong(t.customerTalkMs());
            symbol(t.unit());
            out.writeLong(t.agentUnits());
            out.writeLong(t.agentSpeakingMs());
            out.writeInt(t.talkOvers());
            out.writeInt(t.deadAir());
        }

        /** A string likely to repeat: its number in the table, or (the first time) its text. */
        private void symbol(String s) throws IOException {
            if (s == null) {
                out.writeInt(NULL);
                return;
            }
            Integer known = symbols.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            out.writeInt(NEW);
            text(s);
            if (symbols.size() < MAX_SYMBOLS) {
                symbols.put(s, symbols.size());
            }
        }

        private void text(String s) throws IOException {
            if (s == null) {
                out.writeInt(NULL);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    static final class Reader {
        private final DataInputStream in;
        private final List<String> symbols = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        CallResult read() throws IOException {
            long order = in.readLong();
            String callId = text();
            String agentId = symbol();
            String agentName = symbol();
            String file = symbol();
            int line = in.readInt();
            String pack = symbol();
            int turns = in.readInt();
            int nStages = in.readInt();
            Map<String, StageResult> stages = new LinkedHashMap<>();
            for (int i = 0; i < nStages; i++) {
                String key = symbol();
                StageStatus status = STATUSES[in.readByte()];
                double credit = in.readDouble();
                int turn = in.readInt();
                int source = in.readInt();
                stages.put(key, new StageResult(status, credit, turn == NULL ? null : turn, source == NULL ? null : source, text()));
            }
            int nFindings = in.readInt();
            List<Finding> findings = new ArrayList<>(nFindings);
            for (int i = 0; i < nFindings; i++) {
                findings.add(finding());
            }
            CallScore score = new CallScore(in.readInt(), in.readBoolean(), in.readBoolean(), in.readDouble(), in.readInt(),
                    in.readInt());
            TimingMetrics timing = timing();
            int nWarnings = in.readInt();
            List<String> warnings = new ArrayList<>(nWarnings);
            for (int i = 0; i < nWarnings; i++) {
                warnings.add(text());
            }
            return new CallResult(order, callId, agentId, agentName, file, line, pack, turns, stages, findings, score, timing,
                    warnings);
        }

        private Finding finding() throws IOException {
            String callId = text();
            String agentId = symbol();
            String file = symbol();
            int line = in.readInt();
            int turn = in.readInt();
            Finding.Kind kind = KINDS[in.readByte()];
            String rule = symbol();
            byte severity = in.readByte();
            return new Finding(callId, agentId, file, line, turn, kind, rule, severity == NULL ? null : SEVERITIES[severity],
                    text(), text(), symbol(), text(), in.readInt());
        }

        private TimingMetrics timing() throws IOException {
            TimingView.Status status = TIMING[in.readByte()];
            long[] latencies = new long[in.readInt()];
            for (int i = 0; i < latencies.length; i++) {
                latencies[i] = in.readLong();
            }
            return new TimingMetrics(status, latencies, in.readLong(), in.readLong(), symbol(), in.readLong(), in.readLong(),
                    in.readInt(), in.readInt());
        }

        private String symbol() throws IOException {
            int n = in.readInt();
            if (n == NULL) {
                return null;
            }
            if (n != NEW) {
                return symbols.get(n);
            }
            String s = text();
            if (symbols.size() < MAX_SYMBOLS) {
                symbols.add(s);
            }
            return s;
        }

        private String text() throws IOException {
            int n = in.readInt();
            if (n == NULL) {
                return null;
            }
            byte[] b = in.readNBytes(n);
            if (b.length != n) {
                throw new IOException("the spill file ends early");
            }
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    private SpillCodec() {
    }
}
