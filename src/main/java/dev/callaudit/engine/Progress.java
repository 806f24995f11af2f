package dev.callaudit.engine;

/** Where a run reports how far it has come; the default hears nothing. */
public interface Progress {
    Progress NONE = new Progress() {
    };

    /** @param totalBytes the inputs' size, or -1 when a source (standard input) has no size */
    default void started(long totalBytes) {
    }

    /** Totals so far: records read, turns in them, bytes read from all inputs. */
    default void progress(long calls, long turns, long bytesRead) {
    }

    default void finished() {
    }
}
