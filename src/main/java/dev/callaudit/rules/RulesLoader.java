package dev.callaudit.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.callaudit.checks.CheckRegistry;
import dev.callaudit.text.PatternException;
import dev.callaudit.text.PhraseMatch;
import dev.callaudit.text.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Loads the built-in packs and the user's layers, validates each file on its own (so every mistake
 * names its file and line), merges them by id as SPEC.md describes, runs the rules' own examples,
 * and compiles one {@link Ruleset} per pack.
 */
public final class RulesLoader {
    /** Built-in packs, by name; each is {@code config/<name>.yaml}, shipped in the jar. Listed, not scanned. */
    public static final List<String> BUILT_IN = List.of("zh-CN", "zh-TW", "ko", "en");

    /** The mappers, created when YAML is first read: a run on the built-in packs alone reads their image instead. */
    private static final class Mappers {
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
        static final ObjectMapper CANONICAL = new ObjectMapper();
    }

    private record Layer(String name, String text, ObjectNode tree, RulesFile file) {
    }

    private final boolean verifyAll;

    /** Checks the rules that user files or pack files touch; the built-in packs are proven by the test suite. */
    public RulesLoader() {
        this(false);
    }

    /** @param verifyAll also run every built-in pack's examples and self-checks (callaudit rules, the tests) */
    public RulesLoader(boolean verifyAll) {
        this.verifyAll = verifyAll;
    }

    public RuleBook load(List<Path> userFiles, String defaultLanguage) throws RulesException {
        return load(List.of(), userFiles, defaultLanguage);
    }

    /**
     * @param packFiles whole language packs from files, loaded as the built-in ones are (a pack of the
     *                  same name replaces the built-in one): how a pack is developed, or a language added
     * @param userFiles layers over the packs, in order
     */
    public RuleBook load(List<Path> packFiles, List<Path> userFiles, String defaultLanguage) throws RulesException {
        if (packFiles.isEmpty() && userFiles.isEmpty() && !verifyAll) {
            // the built-in packs alone, as the build loaded them (BuiltInImage), unless the jar has no image of these packs
            BuiltInImage.Image image = BuiltInImage.read();
            if (image != null) {
                return RuleBook.lazy(image.packs(), image.hash(), defaultLanguage == null ? "zh-CN" : defaultLanguage,
                        () -> new RulesLoader(false).loadFromYaml(List.of(), List.of(), defaultLanguage).effectiveTrees());
            }
        }
        return loadFromYaml(packFiles, userFiles, defaultLanguage);
    }

    /** {@link #load}, always from the packs' YAML (what {@link BuiltInImage} is made from). */
    RuleBook loadFromYaml(List<Path> packFiles, List<Path> userFiles, String defaultLanguage) throws RulesException {
        Map<String, Layer> packLayers = new LinkedHashMap<>();
        for (String pack : BUILT_IN) {
            packLayers.put(pack, read("built-in:" + pack + ".yaml", builtInText(pack)));
        }
        for (Path p : packFiles) {
            Layer layer = read(p.toString(), fileText(p));
            if (layer.file().pack() == null || layer.file().pack().isBlank()) {
                throw new RulesException(layer.name(), 1, 0, "a pack file names its pack (pack: ko, pack: en, ...)");
            }
            packLayers.put(layer.file().pack(), layer);
        }
        List<Layer> users = new ArrayList<>();
        for (Path p : userFiles) {
            users.add(read(p.toString(), fileText(p)));
        }
        Set<String> packNames = new TreeSet<>(packLayers.keySet());
        for (Layer u : users) {
            String target = u.file().pack();
            if (target != null && RuleBook.resolve(target, packNames) == null) {
                throw new RulesException(u.name(), lineOf(u.text(), "pack:", 0), 0,
                        "pack '" + target + "' is not a known pack (available: " + String.join(", ", packNames) + ")");
            }
            if (u.file().inherits() != null) {
                throw new RulesException(u.name(), lineOf(u.text(), "inherits:", 0), 0,
                        "inherits: is for pack files (--pack); a rules file layers over the packs already");
            }
        }
        Map<String, Ruleset> packs = new TreeMap<>();
        Map<String, RulesFile> effectiveFiles = new TreeMap<>();
        Set<String> fromFiles = new TreeSet<>();
        packFiles.forEach(p -> fromFiles.add(p.toString()));
        Map<String, JsonNode> canonical = new TreeMap<>();
        Map<Layer, Set<String>> disabled = new java.util.HashMap<>();
        for (Layer own : packLayers.values()) {
            String pack = own.file().pack();
            List<Layer> chain = chain(own, packLayers);
            ObjectNode merged = chain.get(0).tree().deepCopy();
            for (Layer ancestorOrSelf : chain.subList(1, chain.size())) {
                merge(merged, ancestorOrSelf.tree());
            }
            merged.put("pack", pack);
            merged.remove("inherits");
            List<Layer> applied = new ArrayList<>(chain);
            Set<String> lineage = new TreeSet<>();
            chain.forEach(l -> lineage.add(l.file().pack()));
            for (Layer u : users) {
                String target = u.file().pack() == null ? null : RuleBook.resolve(u.file().pack(), packNames);
                if (target == null || lineage.contains(target)) {
                    merge(merged, u.tree());
                    applied.add(u);
                }
            }
            merged.put("pack", pack); // a layer for zh-CN also shapes zh-TW, which inherits it, but does not rename it
            Layer base = own;
            for (Layer layer : applied) {
                for (String id : layer.file().disable()) {
                    if (disable(merged, id)) {
                        disabled.computeIfAbsent(layer, k -> new TreeSet<>()).add(id);
                    }
                }
            }
            merged.remove("disable");
            merged.remove("input"); // how to read exports is not a pack's rule, and not part of its hash
            RulesFile effective;
            try {
                effective = Mappers.YAML.treeToValue(merged, RulesFile.class);
            } catch (JsonProcessingException e) {
                throw new RulesException(applied.get(applied.size() - 1).name(), 0, 0,
                        "the layered rules for pack " + pack + " do not fit together: " + describe(e));
            }
            for (String stage : CheckRegistry.stageKeys()) {
                if (!effective.stages().containsKey(stage)) {
                    throw new RulesException(base.name(), 0, 0, "pack " + pack + " defines no stage '" + stage + "'");
                }
            }
            for (String company : effective.company()) {
                if (TextNormalizer.INSTANCE.normalize(company).length() == 0) {
                    throw new RulesException(lastDefining(applied, "company:").name(), lineOf(lastDefining(applied, "company:").text(), "company:", 0), 0,
                            "company name '" + company + "' has no letters or digits");
                }
            }
            effectiveFiles.put(pack, effective);
            canonical.put(pack, canonicalize(merged));
            boolean touched = verifyAll || applied.size() > chain.size() || chain.stream().anyMatch(l -> fromFiles.contains(l.name()));
            if (touched) {
                // a user's edit or a pack file proves itself now, before any input is read
                Ruleset ruleset;
                try {
                    ruleset = new Ruleset(pack, effective);
                } catch (PatternException e) {
                    throw new RulesException(applied.get(applied.size() - 1).name(), 0, 0, e.getMessage());
                }
                checkExamples(ruleset, applied);
                packs.put(pack, ruleset);
            }
        }
        // a layer for every pack may disable a zh rule; an id no pack knows is a mistake, not a no-op
        for (Layer layer : users) {
            for (String id : layer.file().disable()) {
                if (!disabled.getOrDefault(layer, Set.of()).contains(id)) {
                    throw new RulesException(layer.name(), lineOf(layer.text(), id, lineOf(layer.text(), "disable:", 0)), 0,
                            "disable: no rule or phrase with id '" + id + "' in " + (layer.file().pack() == null ? "any pack" : "pack " + layer.file().pack()));
                }
            }
        }
        RuleBook book = new RuleBook(effectiveFiles, packs, hash(canonical), defaultLanguage == null ? "zh-CN" : defaultLanguage, () -> canonical);
        book.input(inputOf(users));
        return book;
    }

    /** The pack's ancestors, root first, then the pack itself. */
    private static List<Layer> chain(Layer own, Map<String, Layer> packs) throws RulesException {
        List<Layer> chain = new ArrayList<>();
        Layer at = own;
        while (at != null) {
            if (chain.contains(at)) {
                throw new RulesException(own.name(), lineOf(own.text(), "inherits:", 0), 0, "packs inherit from each other in a circle");
            }
            chain.add(0, at);
            String parent = at.file().inherits();
            if (parent == null) {
                break;
            }
            Layer next = packs.get(parent);
            if (next == null) {
                throw new RulesException(at.name(), lineOf(at.text(), "inherits:", 0), 0,
                        "inherits: no pack '" + parent + "' (available: " + String.join(", ", new TreeSet<>(packs.keySet())) + ")");
            }
            at = next;
        }
        return chain;
    }

    private static String builtInText(String pack) throws RulesException {
        String resource = "/callaudit/packs/" + pack + ".yaml";
        try (InputStream in = RulesLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulesException("built-in:" + pack + ".yaml", 0, 0, "missing from the jar (" + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesException("built-in:" + pack + ".yaml", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static String fileText(Path p) throws RulesException {
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (NoSuchFileException e) {
            throw new RulesException(p.toString(), 0, 0, "no such rules file");
        } catch (IOException e) {
            throw new RulesException(p.toString(), 0, 0, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static Layer read(String name, String text) throws RulesException {
        JsonNode tree;
        RulesFile file;
        try {
            tree = Mappers.YAML.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                tree = JsonNodeFactory.instance.objectNode();
            }
            if (!tree.isObject()) {
                throw new RulesException(name, 1, 1, "expected a map of settings (pack, company, scoring, stages, timing, forbidden, disable)");
            }
            file = Mappers.YAML.treeToValue(tree, RulesFile.class);
        } catch (JsonProcessingException e) {
            throw located(name, text, e);
        }
        Set<String> seen = new TreeSet<>();
        for (ForbiddenRule f : file.forbidden()) {
            if (!seen.add(f.id())) {
                int first = lineOf(text, "id: " + f.id(), 0);
                throw new RulesException(name, lineOf(text, "id: " + f.id(), first), 0,
                        "duplicate forbidden id '" + f.id() + "' (first at line " + first + ")");
            }
        }
        return new Layer(name, text, (ObjectNode) tree, file);
    }

    /**
     * Tree binding loses positions, so a mapping error is re-run on the text with a streaming parser
     * to learn its line; the message itself comes from {@link #describe}.
     */
    private static RulesException located(String name, String text, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() <= 0) && e instanceof JsonMappingException) {
            try {
                Mappers.YAML.readValue(text, RulesFile.class);
            } catch (JsonProcessingException again) {
                loc = again.getLocation();
            }
        }
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        if (e instanceof UnrecognizedPropertyException u) {
            // the YAML parser has moved past the key by the time it is rejected: find the key itself
            int at = lastLineOf(text, u.getPropertyName() + ":", line);
            if (at > 0) {
                line = at;
                col = text.split("\n", -1)[at - 1].indexOf(u.getPropertyName() + ":") + 1;
            }
        }
        return new RulesException(name, Math.max(line, 0), Math.max(col, 0), describe(e));
    }

    static String describe(JsonProcessingException e) {
        String where = "";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex() + 1).append(']');
                }
            }
            where = sb + ": ";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            String at = where.endsWith(u.getPropertyName() + ": ") ? where.substring(0, where.length() - u.getPropertyName().length() - 2) : where;
            at = at.endsWith(".") ? at.substring(0, at.length() - 1) : at;
            return (at.isEmpty() ? "" : at.replaceAll("\\.$", "") + (at.endsWith(": ") ? "" : ": "))
                    + "unknown key '" + u.getPropertyName() + "' (expected one of: " + known + ")";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            return where + root.getMessage();
        }
        String msg = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
            msg = "YAML syntax: " + yamlProblem(msg);
        }
        int nl = msg.indexOf('\n');
        msg = nl > 0 ? msg.substring(0, nl) : msg;
        msg = msg.replaceAll("`?dev\\.callaudit\\.[a-zA-Z.]*\\.([A-Za-z]+)`?", "$1")
                .replaceAll("`?java\\.(lang|util)\\.([A-Za-z]+)`?(<[^>]*>)?", "$2");
        return where + msg;
    }

    /**
     * snakeyaml's message is the context, then the problem, each followed by an excerpt of the source
     * and a caret; the words alone fit on one line.
     */
    private static String yamlProblem(String message) {
        List<String> lines = message.lines().toList();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            boolean excerpt = i + 1 < lines.size() && lines.get(i + 1).strip().equals("^");
            if (!l.isEmpty() && !l.startsWith("in '") && !l.equals("^") && !excerpt) {
                words.add(l);
            }
        }
        return words.isEmpty() ? message.strip() : String.join(": ", words);
    }

    private static void merge(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> it = over.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.equals("disable")) {
                continue;
            }
            JsonNode existing = base.get(key);
            if (existing instanceof ObjectNode eo && value instanceof ObjectNode vo) {
                merge(eo, vo);
            } else if (existing instanceof ArrayNode ea && value instanceof ArrayNode va) {
                base.set(key, mergeById(ea, va));
            } else {
                base.set(key, value.deepCopy());
            }
        }
    }

    private static ArrayNode mergeById(ArrayNode base, ArrayNode over) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        base.forEach(n -> byId.put(idOf(n), n));
        over.forEach(n -> byId.put(idOf(n), n.deepCopy()));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        byId.values().forEach(out::add);
        return out;
    }

    private static String idOf(JsonNode n) {
        if (n.isObject()) {
            JsonNode id = n.get("id");
            if (id != null && !id.asText().isBlank()) {
                return id.asText();
            }
            JsonNode phrase = n.get("phrase");
            return phrase == null ? n.toString() : phrase.asText();
        }
        return n.asText();
    }

    /** Removes every entry with this id from the forbidden list and the stages' and timing checks' phrase lists. */
    private static boolean disable(ObjectNode merged, String id) {
        boolean removed = removeFrom(merged.get("forbidden"), id);
        for (String section : List.of("stages", "timing")) {
            JsonNode checks = merged.get(section);
            if (checks != null) {
                for (JsonNode check : checks) {
                    for (JsonNode group : check) {
                        removed |= removeFrom(group, id);
                    }
                }
            }
        }
        return removed;
    }

    private static boolean removeFrom(JsonNode list, String id) {
        if (!(list instanceof ArrayNode arr)) {
            return false;
        }
        boolean removed = false;
        for (int i = arr.size() - 1; i >= 0; i--) {
            if (idOf(arr.get(i)).equals(id)) {
                arr.remove(i);
                removed = true;
            }
        }
        return removed;
    }

    /**
     * Every rule proves itself when it loads: its own examples, and that each of its phrases can fire
     * at all (an exception that covers the whole phrase, or a slot no text can fill, would otherwise
     * make it a silent zero).
     */
    private static void checkExamples(Ruleset ruleset, List<Layer> applied) throws RulesException {
        for (ForbiddenRule rule : ruleset.forbidden().values()) {
            String what = "forbidden '" + rule.id() + "'";
            for (String example : rule.examples().match()) {
                if (!forbiddenFires(ruleset, rule.id(), example)) {
                    throw exampleError(applied, rule.id(), example, "should be found by " + what + " but is not");
                }
            }
            for (String example : rule.examples().noMatch()) {
                if (forbiddenFires(ruleset, rule.id(), example)) {
                    throw exampleError(applied, rule.id(), example, "must not be found by " + what + " but is");
                }
            }
            for (String form : rule.forms()) {
                if (!forbiddenFires(ruleset, rule.id(), sample(form, ruleset))) {
                    throw exampleError(applied, rule.id(), form, "can never be reported: " + what
                            + " does not fire on its own phrase (an exception covers it, or its slots cannot be filled)");
                }
            }
        }
        for (Map.Entry<String, List<PhraseEntry>> group : phraseGroups(ruleset).entrySet()) {
            String key = group.getKey();
            for (PhraseEntry e : group.getValue()) {
                String what = key + " phrase '" + e.id() + "'";
                for (String example : e.examples().match()) {
                    if (!phraseFires(ruleset, key, e.id(), example)) {
                        throw exampleError(applied, e.id(), example, "should match " + what + " but does not");
                    }
                }
                for (String example : e.examples().noMatch()) {
                    if (phraseFires(ruleset, key, e.id(), example)) {
                        throw exampleError(applied, e.id(), example, "must not match " + what + " but does");
                    }
                }
                for (String form : e.forms()) {
                    if (!phraseFires(ruleset, key, e.id(), sample(form, ruleset))) {
                        throw exampleError(applied, e.id(), form, "can never match: " + what + " does not match its own phrase");
                    }
                }
            }
        }
    }

    /** Every phrase list of a pack by its matcher group: the stages' ({@code opening.greeting}), then the timing checks'. */
    private static Map<String, List<PhraseEntry>> phraseGroups(Ruleset ruleset) {
        Map<String, List<PhraseEntry>> out = new LinkedHashMap<>();
        ruleset.stages().forEach((stage, config) -> config.phraseGroups()
                .forEach((group, entries) -> out.put(PhraseKey.stageGroup(stage, group), entries)));
        ruleset.timing().phraseGroups().forEach((group, entries) -> out.put(PhraseKey.timingGroup(group), entries));
        return out;
    }

    /** A tree as YAML, the format rules files are written in. */
    public static String toYaml(JsonNode tree) throws JsonProcessingException {
        return Mappers.YAML.writeValueAsString(tree);
    }

    /** How many example sentences the pack's rules carry (all of them ran when it loaded). */
    public static int exampleCount(Ruleset ruleset) {
        int n = 0;
        for (ForbiddenRule f : ruleset.forbidden().values()) {
            n += f.examples().match().size() + f.examples().noMatch().size();
        }
        for (List<PhraseEntry> group : phraseGroups(ruleset).values()) {
            for (PhraseEntry e : group) {
                n += e.examples().match().size() + e.examples().noMatch().size();
            }
        }
        return n;
    }

    /** The phrase as a sentence: each slot filled with something it accepts. */
    private static String sample(String form, Ruleset ruleset) {
        String company = ruleset.companies().isEmpty() ? "acme" : ruleset.companies().get(0);
        return form.replace("{company}", company).replace("{agent_no}", "1024").replace("{name}", "王")
                .replace("{*}", "xx").replace("{...}", "xxxx");
    }

    private static boolean forbiddenFires(Ruleset ruleset, String id, String text) {
        List<PhraseMatch<PhraseKey>> all = ruleset.matcher().findAll(TextNormalizer.INSTANCE.normalize(text));
        return ruleset.forbiddenHits(all).stream().anyMatch(h -> h.key().ruleId().equals(id));
    }

    private static boolean phraseFires(Ruleset ruleset, String group, String id, String text) {
        return ruleset.matcher().findAll(TextNormalizer.INSTANCE.normalize(text)).stream()
                .anyMatch(m -> m.key().group().equals(group) && m.key().ruleId().equals(id));
    }

    private static RulesException exampleError(List<Layer> applied, String id, String example, String what) {
        Layer owner = lastDefining(applied, "id: " + id);
        if (!owner.text().contains("id: " + id)) {
            owner = lastDefining(applied, example);
        }
        int idLine = lineOf(owner.text(), "id: " + id, 0);
        return new RulesException(owner.name(), lineOf(owner.text(), example, idLine), 0, "example \"" + example + "\" " + what);
    }

    private static Layer lastDefining(List<Layer> applied, String needle) {
        for (int i = applied.size() - 1; i >= 0; i--) {
            if (applied.get(i).text().contains(needle)) {
                return applied.get(i);
            }
        }
        return applied.get(applied.size() - 1);
    }

    /** The users' `input:` settings, later files winning setting by setting (maps merged by key). */
    private static InputConfig inputOf(List<Layer> users) {
        Map<String, String> map = new LinkedHashMap<>();
        Map<String, String> speakers = new LinkedHashMap<>();
        String delimiter = null;
        String encoding = null;
        String agent = null;
        String direction = null;
        Boolean groupBySort = null;
        for (Layer u : users) {
            InputConfig in = u.file().input();
            map.putAll(in.map());
            speakers.putAll(in.speakerValues());
            delimiter = in.delimiter() != null ? in.delimiter() : delimiter;
            encoding = in.encoding() != null ? in.encoding() : encoding;
            agent = in.defaultAgent() != null ? in.defaultAgent() : agent;
            direction = in.direction() != null ? in.direction() : direction;
            groupBySort = in.groupBySort() != null ? in.groupBySort() : groupBySort;
        }
        return new InputConfig(map, speakers, delimiter, encoding, agent, direction, groupBySort);
    }

    /** 1-based line of the first occurrence of {@code needle} after line {@code afterLine}, else afterLine (0 if unknown). */
    static int lineOf(String text, String needle, int afterLine) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.max(afterLine, 0); i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return afterLine;
    }

    /** 1-based line of the last occurrence of {@code needle} at or before line {@code atOrBefore}; 0 if none. */
    private static int lastLineOf(String text, String needle, int atOrBefore) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.min(atOrBefore, lines.length) - 1; i >= 0; i--) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static JsonNode canonicalize(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            new TreeMap<String, JsonNode>() {{
                n.fields().forEachRemaining(e -> put(e.getKey(), e.getValue()));
            }}.forEach((k, v) -> out.set(k, canonicalize(v)));
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            n.forEach(x -> out.add(canonicalize(x)));
            return out;
        }
        return n;
    }

    private static String hash(Map<String, JsonNode> canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, JsonNode> e : canonical.entrySet()) {
                sha.update((e.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(Mappers.CANONICAL.writeValueAsBytes(e.getValue()));
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
