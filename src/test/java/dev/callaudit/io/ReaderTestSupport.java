package dev.callaudit.io;

import dev.callaudit.TestSupport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a fixture to the end, collecting what a run would see: calls, rejections, warnings. */
final class ReaderTestSupport {
    record Read(List<ReadItem.Accepted> accepted, List<ReadItem.Rejected> rejected, List<String> warnings, List<ReadItem> items) {
        List<String> ids() {
            return accepted.stream().map(a -> a.call().callId()).toList();
        }
    }

    private ReaderTestSupport() {
    }

    static Read read(TranscriptReader reader, String resource) throws InputException {
        return read(reader, resource, TestSupport.resource(resource), StandardCharsets.UTF_8);
    }

    static Read read(TranscriptReader reader, String name, Path path, Charset charset) throws InputException {
        List<String> warnings = new ArrayList<>();
        return read(reader, InputSource.file(name, path), new ReadOptions(charset, null, warnings::add), warnings);
    }

    /** Every item in the order the reader gives them; {@code warnings} is where {@code options} sends its warnings. */
    static Read read(TranscriptReader reader, InputSource source, ReadOptions options, List<String> warnings) throws InputException {
        List<ReadItem.Accepted> ok = new ArrayList<>();
        List<ReadItem.Rejected> bad = new ArrayList<>();
        List<ReadItem> items = new ArrayList<>();
        try (CallStream s = reader.open(source, options)) {
            ReadItem item;
            while ((item = s.next()) != null) {
                items.add(item);
                if (item instanceof ReadItem.Accepted a) {
                    ok.add(a);
                } else {
                    bad.add((ReadItem.Rejected) item);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new Read(ok, bad, warnings, items);
    }
}
