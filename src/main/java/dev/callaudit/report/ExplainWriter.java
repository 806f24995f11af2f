package dev.callaudit.report;

import dev.callaudit.checks.CheckRegistry;
import dev.callaudit.checks.Finding;
import dev.callaudit.checks.Quotes;
import dev.callaudit.checks.StageResult;
import dev.callaudit.checks.StageStatus;
import dev.callaudit.checks.timing.TimingView;
import dev.callaudit.engine.Runner.Explained;
import dev.callaudit.model.Call;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.Ruleset;
import dev.callaudit.scoring.CallScore;
import dev.callaudit.scoring.Scorer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One call, turn by turn, for a reviewer who wants to agree or disagree in seconds: under each turn
 * the stages it satisfied (or where a missed stage was due), its forbidden phrases with what to say
 * instead and its timing findings; silences of 3 s or more and overlaps between turns inline; then
 * the score worked out. Colour marks the verdicts on a terminal; piped, the same
 * text comes plain, with ⟦ ⟧ around a forbidden phrase.
 */
public final class ExplainWriter {
    private static final String RESET = "\u001b[0m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RED = "\u001b[31m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String HIGHLIGHT = "\u001b[1;37;41m";

    /** Silences shorter than this are the rhythm of talk, not worth a line. */
    private static final long GAP_SHOWN_MS = 3_000;
    private static final long DAY_MS = 86_400_000L;

    private final boolean color;
    private final Redactor redact;

    /** @param redact masks numbers as the reports do (a transcript's phone numbers stay out of a screen share) */
    public ExplainWriter(boolean color, Redactor redact) {
        this.color = color;
        this.redact = redact;
    }

    /** Anything from the transcript, as it may be shown: numbers masked, no control characters. */
    private String safe(String s) {
        return s == null ? "" : shown(redact.mask(s));
    }

    public void write(Explained explained, PrintWriter out) {
        Call call = explained.call();
        Ruleset rules = explained.rules();
        CallScore score = explained.result().score();
        Map<String, StageResult> stages = explained.result().stages();
        List<Finding> findings = explained.result().findings();
        out.println(paint(BOLD, "call " + shown(call.callId())) + "  agent " + shown(call.agentId())
                + (call.agentName() == null ? "" : " " + shown(call.agentName())) + "  " + call.direction().key()
                + "  pack " + rules.pack() + "  " + call.file() + ":" + call.line());
        out.println(verdict(score, rules));
        out.println();
        int width = String.valueOf(call.turns().size()).length();
        TimingView timeline = TimingView.of(call);
        long base = clockBase(call);
        if (timeline.status() == TimingView.Status.INVALID) {
            out.println(paint(YELLOW, "timing not checked: " + timeline.warning()));
        }
        Map<Integer, List<Finding>> byTurn = new java.util.HashMap<>();
        findings.forEach(f -> byTurn.computeIfAbsent(f.turn(), k -> new ArrayList<>()).add(f));
        for (Turn t : call.turns()) {
            List<Finding> here = byTurn.getOrDefault(t.index(), List.of());
            List<Finding> forbidden = here.stream().filter(f -> f.kind() == Finding.Kind.FORBIDDEN).toList();
            String indent = " ".repeat(width + 10);
            TimingView.TurnTiming tt = timeline.usable() ? timeline.turn(t.index()) : null;
            if (tt != null && tt.gapBeforeMs() != null && tt.gapBeforeMs() >= GAP_SHOWN_MS) {
                out.println(indent + paint(DIM, "┆ " + Fmt.secondsText(tt.gapBeforeMs()) + " s of silence after turn " + tt.after()));
            }
            String who = t.isAgent() ? "agent   " : "customer";
            out.println(String.format("%" + width + "d ", t.index()) + paint(t.isAgent() ? BOLD : DIM, who) + " "
                    + highlighted(redact.mask(t.text()), forbidden) + time(t, base));
            if (tt != null && tt.overlapMs() != null && tt.overlapMs() > 0) {
                out.println(indent + paint(DIM, "⇆ starts while turn " + tt.after() + " is still speaking ("
                        + Fmt.secondsText(tt.overlapMs()) + " s of overlap)"));
            }
            for (String key : CheckRegistry.stageKeys()) {
                StageResult r = stages.get(key);
                if (r != null && r.turn() != null && r.turn() == t.index()) {
                    out.println(indent + mark(r.status()) + " " + key + ": " + safe(r.evidence()));
                } else if (r != null && r.turn() == null && r.status() == StageStatus.FAIL && here.stream().anyMatch(f ->
                        f.kind() == Finding.Kind.STAGE && f.rule().equals(key))) {
                    out.println(indent + mark(r.status()) + " " + key + " (due here): " + safe(r.evidence()));
                } else if (r != null && r.passed() && r.source() != null && r.source() == t.index()) {
                    out.println(indent + paint(DIM, "· " + key + ": taken up at turn " + r.turn()));
                }
            }
            for (Finding f : forbidden) {
                out.println(indent + paint(RED, "✗ forbidden " + f.rule()) + " (" + f.severity().key() + ", −"
                        + Scorer.penalty(f, rules) + "): " + Quotes.of(safe(f.match())) + instead(f));
            }
            for (Finding f : here) {
                if (f.kind() == Finding.Kind.TIMING) {
                    out.println(indent + paint(RED, "✗ timing " + f.rule()) + " (" + f.severity().key() + ", −"
                            + Scorer.penalty(f, rules) + "): " + safe(f.message()) + instead(f));
                }
            }
        }
        out.println();
        out.println(paint(BOLD, "stages"));
        for (String key : CheckRegistry.stageKeys()) {
            StageResult r = stages.get(key);
            if (r == null) {
                continue;
            }
            int weight = rules.stages().get(key).weightOrDefault();
            String points = r.applicable() ? Fmt.points(weight * r.credit()) + "/" + weight : "not counted";
            out.println(String.format("  %s %-14s %-8s %-12s %s", mark(r.status()), key, r.status().key(), points,
                    (r.turn() == null ? "" : "turn " + r.turn() + ": ") + safe(r.evidence())));
        }
        List<Finding> penalties = findings.stream().filter(f -> f.kind() != Finding.Kind.STAGE).toList();
        if (!penalties.isEmpty()) {
            out.println(paint(BOLD, "penalties"));
            for (Finding f : penalties) {
                out.println(String.format("  ✗ turn %-4d %-9s %-28s %-8s −%d  %s", f.turn(), f.kind().key(), f.rule(),
                        f.severity().key(), Scorer.penalty(f, rules),
                        f.kind() == Finding.Kind.FORBIDDEN ? Quotes.of(safe(f.match())) : safe(f.message())));
            }
        }
        out.println(paint(BOLD, "score") + "  " + breakdown(score, rules));
        out.flush();
    }

    private String instead(Finding f) {
        return f.suggestion() == null || f.suggestion().isBlank() ? "" : " → say instead: " + safe(f.suggestion());
    }

    private String verdict(CallScore score, Ruleset rules) {
        String v = score.autoFailed() ? "FAILED (a critical forbidden phrase fails the call)"
                : score.passed() ? "PASSED" : "FAILED";
        return paint(score.passed() ? GREEN : RED, "score " + score.score() + "/100 " + v)
                + "  (pass mark " + rules.scoring().passMarkOrDefault() + ")";
    }

    private static String breakdown(CallScore score, Ruleset rules) {
        if (score.potential() == 0) {
            return "no stage applies: 100 − " + score.penalty() + " for forbidden phrases and timing = " + score.score();
        }
        long base = Math.round(score.earned() * 100.0 / score.potential());
        return "stages earned " + Fmt.points(score.earned()) + " of " + score.potential() + " points = " + base
                + ", minus " + score.penalty() + " for forbidden phrases and timing = " + score.score()
                + (score.autoFailed() ? " (failed outright: critical phrase)" : "")
                + "; pass mark " + rules.scoring().passMarkOrDefault();
    }

    private String mark(StageStatus status) {
        return switch (status) {
            case PASS -> paint(GREEN, "✓");
            case PARTIAL -> paint(YELLOW, "~");
            case FAIL -> paint(RED, "✗");
            case NOT_APPLICABLE -> paint(DIM, "-");
        };
    }

    /** The turn with each forbidden phrase marked where it was found. */
    private String highlighted(String text, List<Finding> forbidden) {
        List<int[]> spans = new ArrayList<>();
        for (Finding f : forbidden) {
            if (f.match() == null || f.match().isEmpty()) {
                continue;
            }
            int start = f.offset() >= 0 && f.offset() + f.match().length() <= text.length() ? f.offset()
                    : text.indexOf(redact.mask(f.match()));
            if (start >= 0 && spans.stream().noneMatch(s -> s[0] < start + f.match().length() && start < s[1])) {
                spans.add(new int[] {start, start + f.match().length()});
            }
        }
        spans.sort(java.util.Comparator.comparingInt(s -> s[0]));
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int[] s : spans) {
            out.append(shown(text.substring(from, s[0])));
            String phrase = shown(text.substring(s[0], s[1]));
            out.append(color ? HIGHLIGHT + phrase + RESET : "⟦" + phrase + "⟧");
            from = s[1];
        }
        return out.append(shown(text.substring(from))).toString();
    }

    /**
     * Text as it may reach a terminal: line breaks shown as ⏎ (a turn is one line, and no turn can
     * forge another), other control characters (an escape sequence in a transcript) as U+FFFD.
     */
    static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r') {
                out.append('⏎');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT && cp != 0x200D) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private String time(Turn t, long base) {
        if (t.startMs() == null) {
            return "";
        }
        return paint(DIM, "  [" + Fmt.clock(t.startMs() - base) + (t.endMs() == null ? "" : "–" + Fmt.clock(t.endMs() - base)) + "]");
    }

    /**
     * Where the call's clock starts: 0 for times into the call, the first turn's start for the wall-clock
     * times some platforms export (Genesys' startTimeMs is milliseconds since 1970).
     */
    private static long clockBase(Call call) {
        Long first = call.turns().isEmpty() ? null : call.turns().get(0).startMs();
        return first != null && first > DAY_MS ? first : 0;
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
