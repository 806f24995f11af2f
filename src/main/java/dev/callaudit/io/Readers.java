package dev.callaudit.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The known input formats, by extension. Adding a format is its reader and one line here. */
public final class Readers {
    private static final List<TranscriptReader> ALL = List.of(
            new CsvTranscriptReader(),
            new JsonTranscriptReader(),
            new TextScriptReader());

    private Readers() {
    }

    public static List<String> extensions() {
        return ALL.stream().flatMap(r -> r.extensions().stream()).toList();
    }

    public static Optional<TranscriptReader> forExtension(String ext) {
        return ALL.stream().filter(r -> r.extensions().contains(ext)).findFirst();
    }

    /**
     * Standard input has no name to go by: JSON when it starts with '{' or '[', CSV otherwise.
     * Returns the source to read from (the stream is buffered so the peeked bytes are not lost).
     */
    public static InputSource sniffStdin(InputStream in, String[] formatOut) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        int first = TextInput.peekFirstChar(buffered);
        formatOut[0] = first == '{' || first == '[' ? "json" : "csv";
        return InputSource.stdin(buffered);
    }
}
