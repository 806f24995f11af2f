package dev.callaudit.engine;

/** Where a run reports how far it has come; the default hears nothing. */
public interface Progress {
    Progress NONE = new Progress() {
    };

    /** @param totalBytes the inputs' size, or -1 when a source (standard input) has no size */
    default void started(long totalBytes) {
    }

    /** @param bytesRead bytes read from all inputs so far */
    default void call(int turns, long bytesRead) {
    }

    default void finished() {
    }
}
