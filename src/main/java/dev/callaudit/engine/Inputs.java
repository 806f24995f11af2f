package dev.callaudit.engine;

import dev.callaudit.io.InputException;
import dev.callaudit.io.InputSource;
import dev.callaudit.io.Readers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the command line's INPUTs into the files to read: folders are searched recursively for known
 * extensions (hidden files and folders skipped), and everything is read in sorted path order so that
 * every per-call output is in the same order on every machine.
 */
public final class Inputs {

    public record Expanded(List<InputSource> sources, List<InputException> errors) {
    }

    private Inputs() {
    }

    public static Expanded expand(List<String> args, java.io.InputStream stdin) {
        List<InputSource> files = new ArrayList<>();
        List<InputException> errors = new ArrayList<>();
        boolean readStdin = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                readStdin = true;
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(p.relativize(f)))
                            .filter(f -> Readers.extensions().contains(extension(f)))
                            .forEach(f -> files.add(InputSource.file(display(p.resolve(p.relativize(f))), f)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    errors.add(new InputException(arg, 0, "folder cannot be read (" + e.getMessage() + ")"));
                }
            } else if (Files.exists(p)) {
                if (Readers.forExtension(extension(p)).isEmpty()) {
                    errors.add(new InputException(arg, 0, "unknown file type '." + extension(p)
                            + "' (expected ." + String.join(", .", Readers.extensions()) + ")"));
                } else {
                    files.add(InputSource.file(display(p), p));
                }
            } else {
                errors.add(new InputException(arg, 0, "no such file or folder"));
            }
        }
        files.sort(Comparator.comparing(InputSource::name));
        List<InputSource> unique = new ArrayList<>();
        for (InputSource s : files) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).name().equals(s.name())) {
                unique.add(s);
            }
        }
        if (readStdin) {
            unique.add(InputSource.stdin(stdin));
        }
        return new Expanded(unique, errors);
    }

    static String extension(Path f) {
        return InputSource.extensionOf(f.getFileName().toString());
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }
}
