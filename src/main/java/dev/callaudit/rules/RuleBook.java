package dev.callaudit.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** All packs of a run, the language tags that select them, and the hash that names the effective rules. */
public final class RuleBook {
    private final Map<String, RulesFile> effectiveFiles;
    private final Map<String, Ruleset> compiled = new java.util.concurrent.ConcurrentHashMap<>();
    private final String hash;
    private final String defaultPack;
    private final Map<String, com.fasterxml.jackson.databind.JsonNode> effective;
    private InputConfig input = InputConfig.NONE;

    RuleBook(Map<String, RulesFile> effectiveFiles, Map<String, Ruleset> compiled, String hash, String defaultPack,
             Map<String, com.fasterxml.jackson.databind.JsonNode> effective) {
        this.effectiveFiles = new TreeMap<>(effectiveFiles);
        this.compiled.putAll(compiled);
        this.hash = hash;
        this.defaultPack = defaultPack;
        this.effective = new TreeMap<>(effective);
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
        return effectiveFiles.values().stream().flatMap(f -> f.forbidden().stream()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** A pack's effective rules, every layer applied, as a rules file would write them. */
    public com.fasterxml.jackson.databind.JsonNode effective(String pack) {
        return effective.get(pack);
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
        RulesFile file = effectiveFiles.get(name);
        return file == null ? Optional.empty() : Optional.of(compiled.computeIfAbsent(name, n -> new Ruleset(n, file)));
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

    private final Map<String, Optional<String>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

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
