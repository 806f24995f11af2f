package dev.callaudit.bench;

import dev.callaudit.io.CallStream;
import dev.callaudit.io.InputException;
import dev.callaudit.io.InputSource;
import dev.callaudit.io.ReadItem;
import dev.callaudit.io.ReadOptions;
import dev.callaudit.io.Readers;
import dev.callaudit.io.TranscriptReader;
import dev.callaudit.model.Turn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads inputs with callaudit's own readers (chosen by extension through {@link Readers}, as the audit
 * does) and counts calls, rejections and turns, without auditing: the cost of reading alone, for
 * {@code bin/bench}. Prints one line per file:
 * {@code parse FILE calls=N rejected=N turns=N chars=N warnings=N errors=N seconds=S}; exit 3 when a file
 * could not be read.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ParseOnly FILE...");
            System.exit(2);
        }
        int exit = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            InputSource source = InputSource.file(arg, path);
            Optional<TranscriptReader> reader = Readers.forExtension(source.extension());
            if (reader.isEmpty()) {
                System.err.println(arg + ": unknown file type");
                exit = 3;
                continue;
            }
            AtomicLong warnings = new AtomicLong();
            ReadOptions options = new ReadOptions(StandardCharsets.UTF_8, null, w -> warnings.incrementAndGet());
            long calls = 0;
            long rejected = 0;
            long turns = 0;
            long chars = 0;
            long errors = 0;
            long t0 = System.nanoTime();
            try (CallStream stream = reader.get().open(source, options)) {
                ReadItem item;
                while ((item = stream.next()) != null) {
                    if (item instanceof ReadItem.Accepted a) {
                        calls++;
                        for (Turn t : a.call().turns()) {
                            turns++;
                            chars += t.text().length(); // touches every turn, so nothing is optimized away
                        }
                    } else {
                        rejected++;
                    }
                }
            } catch (InputException e) {
                System.err.println(e.located());
                errors++;
                exit = 3;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "parse %s calls=%d rejected=%d turns=%d chars=%d warnings=%d errors=%d seconds=%.3f%n",
                    arg, calls, rejected, turns, chars, warnings.get(), errors, seconds);
        }
        System.exit(exit);
    }
}
