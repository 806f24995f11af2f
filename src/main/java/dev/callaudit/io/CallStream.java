package dev.callaudit.io;

import java.io.Closeable;

/** Calls of one input, one at a time, so that memory does not grow with the input. */
public interface CallStream extends Closeable {
    /** The next call or rejection, or null at the end of the input. */
    ReadItem next() throws InputException;
}
