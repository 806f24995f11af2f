package dev.callaudit.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file or standard input, under the name reports use for it. */
public record InputSource(String name, Path path, InputStream stdin) {

    public static InputSource file(String name, Path path) {
        return new InputSource(name, path, null);
    }

    public static InputSource stdin(InputStream in) {
        return new InputSource("<stdin>", null, in);
    }

    public boolean isStdin() {
        return path == null;
    }

    public InputStream open() throws IOException {
        return path == null ? stdin : Files.newInputStream(path);
    }

    /** Lower-case extension without the dot ("csv"), or "" for standard input. */
    public String extension() {
        if (path == null) {
            return "";
        }
        String f = path.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot < 0 ? "" : f.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
