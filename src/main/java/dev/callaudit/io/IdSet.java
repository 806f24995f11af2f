package dev.callaudit.io;

import java.nio.charset.StandardCharsets;

/**
 * The call ids seen so far, as 64-bit hashes in an open-addressing table: twelve bytes a call
 * instead of a String and a map entry, so a run over millions of calls keeps its heap flat. Two
 * different ids with the same 64-bit hash would be taken for one (a false "seen before"): with a
 * million calls the odds are about one in ten million.
 */
public final class IdSet {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private int size;

    /**
     * Records {@code id} with {@code value} unless it is already there.
     *
     * @return the value it was first recorded with, or -1 if it is new
     */
    public int putIfAbsent(String id, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long h = hash(id);
        int mask = keys.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                keys[i] = h;
                values[i] = value;
                size++;
                return -1;
            }
            if (keys[i] == h) {
                return values[i];
            }
        }
    }

    public boolean contains(String id) {
        long h = hash(id);
        int mask = keys.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                return false;
            }
            if (keys[i] == h) {
                return true;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long h = oldKeys[j];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = h;
                values[i] = oldValues[j];
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, never 0 (0 marks an empty slot). */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
