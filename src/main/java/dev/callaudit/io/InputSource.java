package dev.callaudit.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file or standard input, under the name reports use for it, counting the bytes read from it so
 * that a long run can say how far it has come.
 */
public record InputSource(String name, Path path, InputStream stdin, AtomicLong bytesRead) {

    public static InputSource file(String name, Path path) {
        return new InputSource(name, path, null, new AtomicLong());
    }

    public static InputSource stdin(InputStream in) {
        return new InputSource("<stdin>", null, in, new AtomicLong());
    }

    public boolean isStdin() {
        return path == null;
    }

    /** The size in bytes, or -1 when it cannot be known in advance (standard input). */
    public long size() {
        try {
            return path == null ? -1 : Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    public InputStream open() throws IOException {
        InputStream in = path == null ? stdin : Files.newInputStream(path);
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        };
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
