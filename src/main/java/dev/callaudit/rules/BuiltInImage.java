package dev.callaudit.rules;

import dev.callaudit.text.ScriptFolder;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The built-in packs as the build loaded them, for runs that layer no rules of their own over them
 * (no {@code --rules}, no {@code .callaudit.yaml}, no {@code --pack}): each pack's effective rules and
 * the rules hash, so that such a run neither parses 300 kB of YAML nor binds it, which is most of a
 * short run's start-up.
 *
 * <p>The build writes {@code callaudit/packs/built-in.bin} from {@code config/*.yaml} after compiling
 * ({@link #main}, a Maven step), through the same {@link RulesLoader} path a run without the image
 * takes; a test checks that both give equal rules and the same hash. The image names a checksum of
 * the YAML it came from: when the packs in the jar are not the ones it was made from, it is ignored
 * and the YAML is loaded as before.
 *
 * <p>The format is the records' components, in declaration order, recursively: records are rebuilt
 * through their canonical constructors (so their own checks and defaults run as when Jackson binds
 * them), lists and maps keep their order.
 */
public final class BuiltInImage {
    static final String RESOURCE = "/callaudit/packs/built-in.bin";
    private static final int VERSION = 1;

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte DOUBLE = 4;
    private static final byte BOOLEAN = 5;
    private static final byte ENUM = 6;
    private static final byte LIST = 7;
    private static final byte MAP = 8;
    private static final byte RECORD = 9;

    /** The effective rules of every built-in pack, by name, each decoded when first asked for, and their hash. */
    record Image(Map<String, Supplier<RulesFile>> packs, String hash) {
    }

    private BuiltInImage() {
    }

    /**
     * The build step: {@code BuiltInImage <classes dir>} writes the packs' image and the script folder's
     * data (the Traditional forms of the packs' phrases among them) under the classes directory.
     */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        RuleBook book = new RulesLoader(false).loadFromYaml(List.of(), List.of(), null);
        Map<String, RulesFile> packs = new TreeMap<>();
        for (String name : book.packNames()) {
            packs.put(name, book.effectiveFile(name));
        }
        Path file = classes.resolve(RESOURCE.substring(1));
        Files.createDirectories(file.getParent());
        Files.write(file, write(packs, book.hash(), checksum()));
        // every Chinese phrase is compiled as written and in Traditional script (Ruleset.inBothScripts)
        TreeSet<String> phrases = new TreeSet<>();
        for (RulesFile f : packs.values()) {
            f.stages().values().forEach(s -> s.phraseGroups().values().forEach(g -> g.forEach(e -> phrases.addAll(e.forms()))));
            f.timing().phraseGroups().values().forEach(g -> g.forEach(e -> phrases.addAll(e.forms())));
            f.forbidden().forEach(r -> {
                phrases.addAll(r.forms());
                phrases.addAll(r.exceptions());
            });
        }
        phrases.removeIf(p -> p.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        List<Path> folds = ScriptFolder.writeData(classes, phrases);
        System.out.println("callaudit: wrote " + classes.relativize(file) + " (" + packs.keySet() + ", rules " + book.hash() + ") and "
                + folds.stream().map(p -> classes.relativize(p).toString()).toList() + " (" + phrases.size() + " phrases)");
    }

    /** The image, or null when there is none or it was not made from the packs in the jar. */
    static Image read() {
        InputStream raw = BuiltInImage.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != VERSION || in.readLong() != checksum()) {
                return null;
            }
            String hash = in.readUTF();
            int n = in.readInt();
            Map<String, Supplier<RulesFile>> packs = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                packs.put(name, new Pack(name, bytes));
            }
            return new Image(packs, hash);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged image: the YAML says the same, only more slowly
        }
    }

    /** One pack of the image, decoded the first time it is needed: a run over Chinese calls never decodes the others. */
    private static final class Pack implements Supplier<RulesFile> {
        private final String name;
        private byte[] bytes; // guarded by this; dropped once decoded
        private RulesFile file;

        Pack(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
        }

        @Override
        public synchronized RulesFile get() {
            if (file == null) {
                try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    file = (RulesFile) value(in, new ArrayList<>(), new HashMap<>());
                } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                    // the image passed its checksum, so this is a bug in the image's format, not a user's mistake
                    throw new IllegalStateException("the built-in pack " + name + " cannot be read from its image: " + e, e);
                }
                bytes = null;
            }
            return file;
        }
    }

    /** A checksum of the built-in packs' YAML as the jar holds it. */
    static long checksum() throws IOException {
        CRC32 crc = new CRC32();
        for (String pack : RulesLoader.BUILT_IN) {
            try (InputStream in = BuiltInImage.class.getResourceAsStream("/callaudit/packs/" + pack + ".yaml")) {
                if (in == null) {
                    throw new IOException("no built-in pack " + pack);
                }
                crc.update(pack.getBytes(StandardCharsets.UTF_8));
                crc.update(in.readAllBytes());
            }
        }
        return crc.getValue();
    }

    static byte[] write(Map<String, RulesFile> packs, String hash, long checksum) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeLong(checksum);
            out.writeUTF(hash);
            out.writeInt(packs.size());
            for (Map.Entry<String, RulesFile> e : packs.entrySet()) {
                out.writeUTF(e.getKey());
                ByteArrayOutputStream pack = new ByteArrayOutputStream();
                try (DataOutputStream p = new DataOutputStream(pack)) {
                    write(p, e.getValue(), new HashMap<>());
                }
                out.writeInt(pack.size());
                pack.writeTo(out);
            }
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot write the image: " + e, e);
        }
        return bytes.toByteArray();
    }

    /** A class's name the first time it is written in a pack, its number after that. */
    private static void writeName(DataOutputStream out, String name, Map<String, Integer> names) throws IOException {
        Integer known = names.get(name);
        if (known != null) {
            out.writeInt(known);
        } else {
            out.writeInt(-1);
            out.writeUTF(name);
            names.put(name, names.size());
        }
    }

    private static String readName(DataInputStream in, List<String> names) throws IOException {
        int known = in.readInt();
        if (known >= 0) {
            return names.get(known);
        }
        String name = in.readUTF();
        names.add(name);
        return name;
    }

    private static void write(DataOutputStream out, Object v, Map<String, Integer> names) throws IOException, ReflectiveOperationException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (v instanceof Enum<?> e) {
            out.writeByte(ENUM);
            writeName(out, e.getDeclaringClass().getName(), names);
            out.writeUTF(e.name());
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object x : list) {
                write(out, x, names);
            }
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey(), names);
                write(out, e.getValue(), names);
            }
        } else if (v instanceof Record r) {
            out.writeByte(RECORD);
            writeName(out, r.getClass().getName(), names);
            RecordComponent[] components = r.getClass().getRecordComponents();
            out.writeInt(components.length);
            for (RecordComponent c : components) {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                write(out, accessor.invoke(r), names);
            }
        } else {
            throw new IOException("a rules value of an unexpected type: " + v.getClass().getName());
        }
    }

    private static Object value(DataInputStream in, List<String> names, Map<String, Constructor<?>> constructors)
            throws IOException, ReflectiveOperationException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case BOOLEAN:
                return in.readBoolean();
            case ENUM: {
                Class<?> type = Class.forName(readName(in, names), false, BuiltInImage.class.getClassLoader());
                return enumConstant(type, in.readUTF());
            }
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value(in, names, constructors));
                }
                return list;
            }
            case MAP: {
                int n = in.readInt();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    Object k = value(in, names, constructors);
                    map.put(k, value(in, names, constructors));
                }
                return map;
            }
            case RECORD: {
                String name = readName(in, names);
                int n = in.readInt();
                Object[] args = new Object[n];
                for (int i = 0; i < n; i++) {
                    args[i] = value(in, names, constructors);
                }
                Constructor<?> c = constructors.get(name);
                if (c == null) {
                    Class<?> type = Class.forName(name, false, BuiltInImage.class.getClassLoader());
                    RecordComponent[] components = type.getRecordComponents();
                    Class<?>[] types = new Class<?>[components.length];
                    for (int i = 0; i < components.length; i++) {
                        types[i] = components[i].getType();
                    }
                    c = type.getDeclaredConstructor(types);
                    c.setAccessible(true);
                    constructors.put(name, c);
                }
                try {
                    return c.newInstance(args);
                } catch (InvocationTargetException e) {
                    throw new IOException("a record of the image does not build: " + e.getCause(), e);
                }
            }
            default:
                throw new IOException("bad tag " + tag);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type.asSubclass(Enum.class), name);
    }

    /** writeUTF stops at 64 kB; a long suggestion or note must not. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
