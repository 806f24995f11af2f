package dev.callaudit.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The audited calls of a run, in input order. A few thousand stay in memory; past that they are
 * spilled to a temporary file and read back as a stream by each report, so the heap does not grow
 * with the input. Closing deletes the file.
 */
public final class CallResults implements Iterable<CallResult>, AutoCloseable {
    static final int IN_MEMORY = 10_000;

    private final int inMemory;
    private final List<CallResult> memory = new ArrayList<>();
    private Path spool;
    private DataOutputStream stream;
    private SpillCodec.Writer out;
    private long size;

    public CallResults() {
        this(IN_MEMORY);
    }

    CallResults(int inMemory) {
        this.inMemory = inMemory;
    }

    public static CallResults of(List<CallResult> calls) {
        CallResults r = new CallResults();
        calls.forEach(r::add);
        r.finish();
        return r;
    }

    void add(CallResult call) {
        try {
            if (spool == null && memory.size() >= inMemory) {
                spool = Files.createTempFile("callaudit-calls-", ".spool");
                spool.toFile().deleteOnExit();
                stream = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
                out = new SpillCodec.Writer(stream);
                for (CallResult c : memory) {
                    out.write(c);
                }
                memory.clear();
            }
            if (spool == null) {
                memory.add(call);
            } else {
                out.write(call);
            }
            size++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool audited calls to the temporary folder: " + e.getMessage(), e);
        }
    }

    void finish() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
            out = null;
        }
    }

    public long size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Stream<CallResult> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    @Override
    public Iterator<CallResult> iterator() {
        if (spool == null) {
            return memory.iterator();
        }
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16));
            SpillCodec.Reader codec = new SpillCodec.Reader(in);
            return new Iterator<>() {
                private long read;

                @Override
                public boolean hasNext() {
                    if (read < size) {
                        return true;
                    }
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // read to the end; nothing is lost
                    }
                    return false;
                }

                @Override
                public CallResult next() {
                    if (read >= size) {
                        throw new NoSuchElementException();
                    }
                    try {
                        read++;
                        return codec.read();
                    } catch (IOException e) {
                        throw new UncheckedIOException(new IOException("cannot read the spooled calls back: " + e.getMessage(), e));
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        finish();
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // deleteOnExit is the fallback
            }
        }
    }
}
