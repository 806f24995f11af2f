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
    private final Map<String, com.fasterxml.jackson.databind.JsonNode> effective;
    private InputConfig input = InputConfig.NONE;

    RuleBook(Map<String, Ruleset> packs, String hash, String defaultPack, Map<String, com.fasterxml.jackson.databind.JsonNode> effective) {
        this.packs = new TreeMap<>(packs);
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
        return packs.values().stream().map(r -> r.forbidden().get(id)).filter(java.util.Objects::nonNull).findFirst();
    }

    /** A pack's effective rules, every layer applied, as a rules file would write them. */
    public com.fasterxml.jackson.databind.JsonNode effective(String pack) {
        return effective.get(pack);
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
     * The pack for a BCP-47 tag: a pack of that exact name; else by script for Chinese (zh-Hans,
     * zh-CN, zh-SG → zh-CN; zh-Hant, zh-TW, zh-HK, zh-MO → zh-TW, or zh-CN while there is no zh-TW
     * pack: the matcher folds Traditional to Simplified); else the pack of the primary language (ko-KR → ko).
     */
    public Optional<Ruleset> forLanguage(String tag) {
        String pack = resolve(tag == null || tag.isBlank() ? defaultPack : tag, packs.keySet());
        return Optional.ofNullable(pack == null ? null : packs.get(pack));
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
