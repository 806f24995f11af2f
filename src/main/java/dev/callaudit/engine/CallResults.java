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
        // the calls are decoded on a thread of their own while the report is written on this one: the
        // report is the run's one serial phase, and decoding was a third of it
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(256);
        Thread reader = new Thread(() -> decodeInto(queue), "callaudit-spill-reader");
        reader.setDaemon(true);
        synchronized (readers) {
            readers.add(reader);
        }
        reader.start();
        return new Iterator<>() {
            private long read;

            @Override
            public boolean hasNext() {
                return read < size;
            }

            @Override
            public CallResult next() {
                if (read >= size) {
                    throw new NoSuchElementException();
                }
                Object next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading the spooled calls back", e);
                }
                if (next instanceof IOException e) {
                    throw new UncheckedIOException(new IOException("cannot read the spooled calls back: " + e.getMessage(), e));
                }
                read++;
                return (CallResult) next;
            }
        };
    }

    private final List<Thread> readers = new ArrayList<>();

    /** Decodes the spill file into {@code queue}, or puts the IOException that stopped it there. */
    private void decodeInto(java.util.concurrent.BlockingQueue<Object> queue) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16))) {
            SpillCodec.Reader codec = new SpillCodec.Reader(in);
            for (long i = 0; i < size; i++) {
                Object next;
                try {
                    next = codec.read();
                } catch (IOException e) {
                    queue.put(e);
                    return;
                }
                queue.put(next);
            }
        } catch (IOException e) {
            try {
                queue.put(e);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // the run is closing: a report stopped reading early
        }
    }

    @Override
    public void close() {
        finish();
        synchronized (readers) {
            readers.forEach(Thread::interrupt);
            readers.clear();
        }
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // deleteOnExit is the fallback
            }
        }
    }
}
