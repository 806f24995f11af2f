package dev.callaudit.io;

import dev.callaudit.TestSupport;
import dev.callaudit.engine.RunResult;
import dev.callaudit.engine.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of mutated inputs (bytes deleted, inserted, duplicated, swapped, cut off) through the real
 * readers and checks: nothing escapes as an exception, the totals account for every record, and
 * every rejected record says where and why. Seeded, so a failure can be replayed.
 */
class ReaderFuzzTest {
    private static final long SEED = 20261122L;
    private static final int ITERATIONS = 20_000;
    private static final List<String> BASES = List.of("samples/calls.csv", "samples/calls.jsonl",
            "src/test/resources/io/script/training.txt", "src/test/resources/io/single.json",
            "src/test/resources/io/wrapper.json", "src/test/resources/io/export/tab-separated.tsv");
    private static final byte[][] PALETTE = {
            {'"'}, {','}, {'\n'}, {'\r'}, {'{'}, {'}'}, {'['}, {']'}, {':'}, {0}, {(byte) 0xFF}, {(byte) 0xC3},
            {'\t'}, {';'}, "喂".getBytes(StandardCharsets.UTF_8), "\"turns\":".getBytes(StandardCharsets.UTF_8),
            "---\n".getBytes(StandardCharsets.UTF_8), "客服:".getBytes(StandardCharsets.UTF_8), {'\\'}};

    @Test
    void mutatedInputsNeverCrashAndAlwaysAccountForEveryRecord(@TempDir Path dir) throws Exception {
        Random random = new Random(SEED);
        List<byte[]> bases = new ArrayList<>();
        for (String b : BASES) {
            bases.add(Files.readAllBytes(Path.of(b)));
        }
        Runner runner = new Runner(TestSupport.builtInRules(), new Runner.Options(StandardCharsets.UTF_8, null, null));
        long records = 0;
        long rejected = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            int which = random.nextInt(bases.size());
            byte[] mutant = mutate(bases.get(which), random);
            String name = "mutant-" + i + "." + InputSource.extensionOf(BASES.get(which));
            Path file = Files.write(dir.resolve(name), mutant);
            RunResult r;
            try {
                r = runner.run(List.of(InputSource.file(name, file)), List.of(), "fuzz");
            } catch (Throwable t) {
                fail("iteration " + i + " (seed " + SEED + ", from " + BASES.get(which) + ") threw " + t, t);
                return;
            }
            assertEquals(r.totals().read(), r.totals().audited() + r.totals().rejected(), "iteration " + i);
            for (ReadItem.Rejected x : r.rejected()) {
                assertTrue(x.line() >= 1 && x.file().equals(name) && !x.reason().isBlank(), "iteration " + i + ": " + x);
            }
            for (InputException e : r.inputErrors()) {
                assertTrue(!e.getMessage().isBlank(), "iteration " + i + ": " + e);
            }
            records += r.totals().read();
            rejected += r.totals().rejected();
            Files.delete(file);
        }
        System.out.printf("fuzz: %d mutated inputs, %d records read, %d rejected%n", ITERATIONS, records, rejected);
        assertTrue(rejected > 0 && records > rejected, "the mutations reached both the accept and the reject paths");
    }

    private static byte[] mutate(byte[] base, Random random) {
        byte[] b = base.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && b.length > 0; m++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(50)), new byte[0]);
                case 1 -> b = splice(b, at, at, PALETTE[random.nextInt(PALETTE.length)]);
                case 2 -> {
                    int[] line = lineAround(b, at);
                    b = splice(b, line[1], line[1], java.util.Arrays.copyOfRange(b, line[0], line[1]));
                }
                case 3 -> b = java.util.Arrays.copyOf(b, at);
                default -> {
                    int[] x = lineAround(b, at);
                    int[] y = lineAround(b, random.nextInt(b.length));
                    if (x[1] <= y[0]) {
                        byte[] first = java.util.Arrays.copyOfRange(b, x[0], x[1]);
                        byte[] second = java.util.Arrays.copyOfRange(b, y[0], y[1]);
                        b = splice(splice(b, y[0], y[1], first), x[0], x[1], second);
                    }
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    /** [start, end) of the line holding position {@code at}, its newline included. */
    private static int[] lineAround(byte[] b, int at) {
        int s = at;
        while (s > 0 && b[s - 1] != '\n') {
            s--;
        }
        int e = at;
        while (e < b.length && b[e] != '\n') {
            e++;
        }
        return new int[] {s, Math.min(b.length, e + 1)};
    }
}
