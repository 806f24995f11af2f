package dev.callaudit.cli;

import dev.callaudit.engine.Progress;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * One line on standard error, rewritten in place at most a few times a second: calls and turns so
 * far, turns per second, and the share read with an ETA when the inputs' size is known.
 */
final class TerminalProgress implements Progress {
    private static final long EVERY_NANOS = 250_000_000L;
    private final PrintWriter err;
    private final LongSupplier clock;
    private long start;
    private long last;
    private long total;
    private long calls;
    private long turns;
    private boolean shown;

    TerminalProgress(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.clock = nanoClock;
    }

    @Override
    public void started(long totalBytes) {
        total = totalBytes;
        start = clock.getAsLong();
        last = start;
    }

    @Override
    public void progress(long callsSoFar, long turnsSoFar, long bytesRead) {
        calls = callsSoFar;
        turns = turnsSoFar;
        long now = clock.getAsLong();
        if (now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        err.print("\r" + line(now, bytesRead));
        err.flush();
        shown = true;
    }

    String line(long now, long bytesRead) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "  %,d calls · %,d turns · %,.0f turns/s", calls, turns, turns / seconds));
        if (total > 0 && bytesRead > 0) {
            double share = Math.min(1.0, (double) bytesRead / total);
            long eta = Math.round(seconds * (1 - share) / share);
            sb.append(String.format(java.util.Locale.ROOT, " · %.0f%% · ETA %d:%02d", share * 100, eta / 60, eta % 60));
        }
        return sb.toString();
    }

    @Override
    public void finished() {
        if (shown) {
            err.print("\r" + " ".repeat(78) + "\r");
            err.flush();
        }
    }
}
