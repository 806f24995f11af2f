package dev.callaudit.checks.timing;

import dev.callaudit.model.Call;
import dev.callaudit.model.Turn;

import java.util.ArrayList;
import java.util.List;

/**
 * A call's turns on its timeline: for each turn, the silence before it and how far it runs over the
 * turn still speaking when it starts. Needs no rules, so {@code explain} can show gaps and overlaps
 * inline ({@code TimingView.of(call).turn(5).gapBeforeMs()}); the timing checks build on it.
 *
 * <p>Gaps and overlaps are measured from the earlier turn that ends last, not simply the turn before:
 * an agent's 嗯 inside a long customer turn does not make the customer's turn look finished.
 *
 * <p>A call is {@link Status#TIMED} when every turn has {@code start_ms} and {@code end_ms}. A call
 * with no times at all, or only start times (Google CCAI exports), is {@link Status#NO_TIMESTAMPS}.
 * Times that make no sense (a turn ending before it starts, a turn starting before the turn before it,
 * times on some turns only) make it {@link Status#INVALID}, with one located {@link #problem()}.
 */
public final class TimingView {

    public enum Status {
        TIMED, NO_TIMESTAMPS, INVALID;

        /** As reports write it: {@code timed}, {@code untimed}, {@code invalid}. */
        public String key() {
            return switch (this) {
                case TIMED -> "timed";
                case NO_TIMESTAMPS -> "untimed";
                case INVALID -> "invalid";
            };
        }
    }

    /**
     * One turn on the timeline. For the first turn, and for every turn of a call that is not
     * {@link Status#TIMED}, {@code gapBeforeMs}, {@code overlapMs} and {@code after} are null.
     *
     * @param gapBeforeMs silence before the turn, from the end of turn {@code after}; 0 when it overlaps
     * @param overlapMs   how long the turn runs while turn {@code after} is still speaking; 0 when it does not
     * @param after       the earlier turn that ends last (1-based), which the gap or overlap is measured from
     */
    public record TurnTiming(int turn, Long startMs, Long endMs, Long gapBeforeMs, Long overlapMs, Integer after) {

        public Long durationMs() {
            return startMs == null || endMs == null ? null : endMs - startMs;
        }
    }

    /** Why a call's times cannot be used: the turn, its line in the source file, and what was expected. */
    public record Problem(int turn, int line, String message) {
    }

    private final Call call;
    private final Status status;
    private final List<TurnTiming> turns;
    private final Problem problem;

    private TimingView(Call call, Status status, List<TurnTiming> turns, Problem problem) {
        this.call = call;
        this.status = status;
        this.turns = List.copyOf(turns);
        this.problem = problem;
    }

    public static TimingView of(Call call) {
        List<Turn> ts = call.turns();
        long full = ts.stream().filter(t -> t.startMs() != null && t.endMs() != null).count();
        long none = ts.stream().filter(t -> t.endMs() == null).count();
        if (full == 0 && none == ts.size()) {
            return new TimingView(call, Status.NO_TIMESTAMPS, untimed(ts), null);
        }
        Problem problem = full < ts.size() ? partial(ts) : disorder(ts);
        if (problem != null) {
            return new TimingView(call, Status.INVALID, untimed(ts), problem);
        }
        List<TurnTiming> out = new ArrayList<>(ts.size());
        long latestEnd = 0;
        int latest = 0;
        for (Turn t : ts) {
            if (latest == 0) {
                out.add(new TurnTiming(t.index(), t.startMs(), t.endMs(), null, null, null));
            } else {
                long gap = Math.max(0, t.startMs() - latestEnd);
                long overlap = Math.max(0, Math.min(t.endMs(), latestEnd) - t.startMs());
                out.add(new TurnTiming(t.index(), t.startMs(), t.endMs(), gap, overlap, latest));
            }
            if (latest == 0 || t.endMs() > latestEnd) {
                latestEnd = t.endMs();
                latest = t.index();
            }
        }
        return new TimingView(call, Status.TIMED, out, null);
    }

    private static List<TurnTiming> untimed(List<Turn> ts) {
        return ts.stream().map(t -> new TurnTiming(t.index(), t.startMs(), t.endMs(), null, null, null)).toList();
    }

    /** Some turns timed, others not: the first turn that lacks a time. */
    private static Problem partial(List<Turn> ts) {
        for (Turn t : ts) {
            if (t.startMs() == null || t.endMs() == null) {
                String missing = t.startMs() == null && t.endMs() == null ? "start_ms and end_ms"
                        : t.startMs() == null ? "start_ms" : "end_ms";
                return new Problem(t.index(), t.line(), "turn " + t.index() + " has no " + missing
                        + " while other turns of the call have times (expected start_ms and end_ms on every turn)");
            }
        }
        return null;
    }

    /** A turn that ends before it starts, or starts before the turn before it started. */
    private static Problem disorder(List<Turn> ts) {
        Turn previous = null;
        for (Turn t : ts) {
            if (t.endMs() < t.startMs()) {
                return new Problem(t.index(), t.line(), "turn " + t.index() + " ends before it starts (start_ms " + t.startMs()
                        + ", end_ms " + t.endMs() + "; expected end_ms >= start_ms)");
            }
            if (previous != null && t.startMs() < previous.startMs()) {
                return new Problem(t.index(), t.line(), "turn " + t.index() + " starts before turn " + previous.index()
                        + " (start_ms " + t.startMs() + " < " + previous.startMs()
                        + "; expected each turn to start no earlier than the turn before it)");
            }
            previous = t;
        }
        return null;
    }

    public Status status() {
        return status;
    }

    /** Whether gaps and overlaps can be measured: every turn timed, and the times in order. */
    public boolean usable() {
        return status == Status.TIMED;
    }

    public List<TurnTiming> turns() {
        return turns;
    }

    /** The turn with this 1-based index. */
    public TurnTiming turn(int index) {
        return turns.get(index - 1);
    }

    /** Why the times cannot be used, when {@link #status()} is {@link Status#INVALID}; else null. */
    public Problem problem() {
        return problem;
    }

    /** The problem as a line of the run's warnings: {@code file:line: call ID turn N: what was expected; ...}. */
    public String warning() {
        return problem == null ? null : call.file() + ":" + problem.line() + ": call " + call.callId() + ": "
                + problem.message() + "; timing checks skipped for this call";
    }
}
