package dev.callaudit.io;

import java.util.List;

/** One input format. Readers stream: {@link #open} reads nothing but what it must to start. */
public interface TranscriptReader {
    /** File extensions this reader takes, lower case, without the dot. */
    List<String> extensions();

    CallStream open(InputSource source, ReadOptions options) throws InputException;
}
