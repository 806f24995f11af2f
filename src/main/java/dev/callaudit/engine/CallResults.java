package dev.callaudit.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
    private ObjectOutputStream out;
    private long size;
    private int sinceReset;
    private static final int RESET_EVERY = 1_000;

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
                out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
                for (CallResult c : memory) {
                    write(c);
                }
                memory.clear();
            }
            if (spool == null) {
                memory.add(call);
            } else {
                write(call);
            }
            size++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool audited calls to the temporary folder: " + e.getMessage(), e);
        }
    }

    private void write(CallResult c) throws IOException {
        out.writeObject(c);
        // the stream remembers every object it wrote: forget them now and then so the heap stays flat,
        // but not after every call, which would also rewrite the class descriptors each time
        if (++sinceReset >= RESET_EVERY) {
            out.reset();
            sinceReset = 0;
        }
    }

    void finish() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
            ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16));
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
                        return (CallResult) in.readObject();
                    } catch (IOException | ClassNotFoundException e) {
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
