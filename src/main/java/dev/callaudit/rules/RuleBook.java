package dev.callaudit.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** All packs of a run, the language tags that select them, and the hash that names the effective rules. */
public final class RuleBook {
    /** Each pack's effective rules; from the built-in image they are decoded when the pack is first needed. */
    private final Map<String, Supplier<RulesFile>> effectiveFiles = new TreeMap<>();
    private final Map<String, Ruleset> compiled = new java.util.concurrent.ConcurrentHashMap<>();
    /** Language tags already resolved to a pack name (or to none): a handful per run, each asked once per call. */
    private final Map<String, Optional<String>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    private final String hash;
    private final String defaultPack;
    /** The effective rules as trees, made when first asked for (a book from the built-in image has none until then). */
    private final TreeSupplier effectiveSource;
    private Map<String, com.fasterxml.jackson.databind.JsonNode> effective; // guarded by this
    private InputConfig input = InputConfig.NONE;

    /** Where a book's effective trees come from. */
    interface TreeSupplier {
        Map<String, com.fasterxml.jackson.databind.JsonNode> get() throws RulesException;
    }

    RuleBook(Map<String, RulesFile> effectiveFiles, Map<String, Ruleset> compiled, String hash, String defaultPack,
             TreeSupplier effective) {
        this(hash, defaultPack, effective);
        effectiveFiles.forEach((name, file) -> this.effectiveFiles.put(name, () -> file));
        this.compiled.putAll(compiled);
    }

    /** A book whose packs come when first needed (the built-in image's). */
    static RuleBook lazy(Map<String, Supplier<RulesFile>> effectiveFiles, String hash, String defaultPack, TreeSupplier effective) {
        RuleBook book = new RuleBook(hash, defaultPack, effective);
        book.effectiveFiles.putAll(effectiveFiles);
        return book;
    }

    private RuleBook(String hash, String defaultPack, TreeSupplier effective) {
        this.hash = hash;
        this.defaultPack = defaultPack;
        this.effectiveSource = effective;
    }

    /** How the user's rules files say to read exports (the last file that says wins, setting by setting). */
    public InputConfig input() {
        return input;
    }

    void input(InputConfig input) {
        this.input = input;
    }

    /** The forbidden rule with this id, from the first pack (by name) that has it. */
    public Optional<ForbiddenRule> forbiddenRule(String id) {
        return effectiveFiles.values().stream().flatMap(f -> f.get().forbidden().stream()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** A pack's effective rules, every layer applied, as a rules file would write them. */
    public com.fasterxml.jackson.databind.JsonNode effective(String pack) {
        return effectiveTrees().get(pack);
    }

    synchronized Map<String, com.fasterxml.jackson.databind.JsonNode> effectiveTrees() {
        if (effective == null) {
            try {
                effective = new TreeMap<>(effectiveSource.get());
            } catch (RulesException e) {
                throw new IllegalStateException("the built-in packs no longer load: " + e.located(), e);
            }
        }
        return effective;
    }

    /** A pack's effective rules as bound, every layer applied. */
    RulesFile effectiveFile(String pack) {
        Supplier<RulesFile> file = effectiveFiles.get(pack);
        return file == null ? null : file.get();
    }

    /** "sha256:" and the first 12 hex digits of the canonical form of the effective rules. */
    public String hash() {
        return hash;
    }

    /** The names of the packs, sorted. */
    public java.util.Set<String> packNames() {
        return java.util.Collections.unmodifiableSet(effectiveFiles.keySet());
    }

    /**
     * A pack, compiled the first time a call needs it: a run over Chinese calls never pays for the
     * Korean and English matchers.
     */
    public Optional<Ruleset> pack(String name) {
        Ruleset done = compiled.get(name);
        if (done != null) {
            return Optional.of(done);
        }
        Supplier<RulesFile> file = effectiveFiles.get(name);
        return file == null ? Optional.empty() : Optional.of(compiled.computeIfAbsent(name, n -> new Ruleset(n, file.get())));
    }

    /** Every pack, compiled. */
    public Map<String, Ruleset> packs() {
        Map<String, Ruleset> all = new TreeMap<>();
        effectiveFiles.keySet().forEach(n -> all.put(n, pack(n).orElseThrow()));
        return all;
    }

    public String defaultPack() {
        return defaultPack;
    }

    /**
     * The pack for a BCP-47 tag: a pack of that exact name; else by script for Chinese (zh-Hans,
     * zh-CN, zh-SG → zh-CN; zh-Hant, zh-TW, zh-HK, zh-MO → zh-TW, or zh-CN while there is no zh-TW
     * pack: the matcher folds Traditional to Simplified); else the pack of the primary language (ko-KR → ko).
     */
    public Optional<Ruleset> forLanguage(String tag) {
        String t = tag == null || tag.isBlank() ? defaultPack : tag;
        // every call asks, nearly always with one of a handful of tags: those are resolved once
        Optional<String> pack = resolved.get(t);
        if (pack == null) {
            pack = Optional.ofNullable(resolve(t, effectiveFiles.keySet()));
            if (resolved.size() < 1024) {
                resolved.put(t, pack);
            }
        }
        return pack.isEmpty() ? Optional.empty() : pack(pack.get());
    }

    /** The name of the pack among {@code names} that serves {@code tag}, or null. */
    public static String resolve(String tag, java.util.Collection<String> names) {
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).equals(t)) {
                return n;
            }
        }
        String primary = t.contains("-") ? t.substring(0, t.indexOf('-')) : t;
        if (primary.equals("zh")) {
            boolean traditional = t.contains("hant") || t.endsWith("-tw") || t.endsWith("-hk") || t.endsWith("-mo")
                    || t.contains("-tw-") || t.contains("-hk-");
            if (traditional && names.contains("zh-TW")) {
                return "zh-TW";
            }
            return names.contains("zh-CN") ? "zh-CN" : null;
        }
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).equals(primary)) {
                return n;
            }
        }
        return null;
    }
}
