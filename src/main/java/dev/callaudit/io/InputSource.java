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

    /** Whether the file is gzip-compressed (name ends in .gz): read through a decompressor. */
    public boolean gzipped() {
        return path != null && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    public InputStream open() throws IOException {
        InputStream in = path == null ? stdin : Files.newInputStream(path);
        InputStream counted = new FilterInputStream(in) {
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
        return gzipped() ? new java.util.zip.GZIPInputStream(counted, 1 << 16) : counted;
    }

    /** Lower-case extension without the dot ("csv"; "calls.csv.gz" is "csv"), or "" for standard input. */
    public String extension() {
        return path == null ? "" : extensionOf(path.getFileName().toString());
    }

    public static String extensionOf(String fileName) {
        String f = fileName.toLowerCase(java.util.Locale.ROOT);
        if (f.endsWith(".gz")) {
            f = f.substring(0, f.length() - 3);
        }
        int dot = f.lastIndexOf('.');
        return dot < 0 ? "" : f.substring(dot + 1);
    }
}
