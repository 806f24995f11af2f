package dev.callaudit.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** All packs of a run, the language tags that select them, and the hash that names the effective rules. */
public final class RuleBook {
    private final Map<String, Ruleset> packs;
    private final String hash;
    private final String defaultPack;

    RuleBook(Map<String, Ruleset> packs, String hash, String defaultPack) {
        this.packs = new TreeMap<>(packs);
        this.hash = hash;
        this.defaultPack = defaultPack;
    }

    /** "sha256:" and the first 12 hex digits of the canonical form of the effective rules. */
    public String hash() {
        return hash;
    }

    public Map<String, Ruleset> packs() {
        return packs;
    }

    public String defaultPack() {
        return defaultPack;
    }

    /**
     * The pack for a BCP-47 tag, by script: zh-Hans, zh-CN, zh-SG → zh-CN; zh-Hant, zh-TW, zh-HK → zh-TW.
     * Until a zh-TW pack is loaded, Traditional calls use zh-CN: the matcher folds Traditional to
     * Simplified, and the two Chinese packs share one forbidden list anyway.
     */
    public Optional<Ruleset> forLanguage(String tag) {
        String pack = packFor(tag == null || tag.isBlank() ? defaultPack : tag);
        if (pack == null) {
            return Optional.empty();
        }
        Ruleset r = packs.get(pack);
        if (r == null && pack.equals("zh-TW")) {
            r = packs.get("zh-CN");
        }
        return Optional.ofNullable(r);
    }

    public static String packFor(String tag) {
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.startsWith("zh-hans") || t.equals("zh-cn") || t.equals("zh-sg") || t.startsWith("zh-cn-")) {
            return "zh-CN";
        }
        if (t.startsWith("zh-hant") || t.equals("zh-tw") || t.equals("zh-hk") || t.equals("zh-mo") || t.startsWith("zh-tw-")) {
            return "zh-TW";
        }
        if (t.equals("ko") || t.startsWith("ko-")) {
            return "ko";
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return "en";
        }
        return null;
    }
}
