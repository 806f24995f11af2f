package dev.callaudit.rules;

import dev.callaudit.text.Boundary;
import dev.callaudit.text.PhraseMatch;
import dev.callaudit.text.PhraseMatcher;
import dev.callaudit.text.PhrasePattern;
import dev.callaudit.text.ScriptFolder;
import dev.callaudit.text.TextNormalizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective rules of one language pack, compiled once per run: every phrase of every stage,
 * every timing phrase (hold announcements, thanks for waiting, acknowledgements), every forbidden
 * phrase and every exception go into one matcher, so a turn is scanned once.
 */
public final class Ruleset {
    private final String pack;
    private final ScoringConfig scoring;
    private final TimingConfig timing;
    private final Map<String, StageConfig> stages;
    private final Map<String, ForbiddenRule> forbidden;
    private final List<String> companies;
    private final PhraseMatcher<PhraseKey> matcher;

    Ruleset(String pack, RulesFile effective) {
        this.pack = pack;
        this.scoring = effective.scoring() == null ? ScoringConfig.DEFAULTS : effective.scoring();
        this.timing = effective.timing();
        this.stages = Collections.unmodifiableMap(new LinkedHashMap<>(effective.stages()));
        Map<String, ForbiddenRule> byId = new LinkedHashMap<>();
        effective.forbidden().forEach(f -> byId.put(f.id(), f));
        this.forbidden = Collections.unmodifiableMap(byId);
        this.companies = effective.company();
        PhraseMatcher.Builder<PhraseKey> b = PhraseMatcher.builder();
        stages.forEach((stage, config) -> config.phraseGroups().forEach((group, entries) -> {
            String g = PhraseKey.stageGroup(stage, group);
            for (PhraseEntry e : entries) {
                for (String form : inBothScripts(e.forms())) {
                    b.add(new PhraseKey(g, e.id()), PhrasePattern.compile(form, e.boundary(), companies));
                }
            }
        }));
        timing.phraseGroups().forEach((group, entries) -> {
            String g = PhraseKey.timingGroup(group);
            for (PhraseEntry e : entries) {
                for (String form : inBothScripts(e.forms())) {
                    b.add(new PhraseKey(g, e.id()), PhrasePattern.compile(form, e.boundary(), companies));
                }
            }
        });
        for (ForbiddenRule f : forbidden.values()) {
            for (String form : inBothScripts(f.forms())) {
                b.add(new PhraseKey(PhraseKey.FORBIDDEN, f.id()), PhrasePattern.compile(form, f.boundary(), companies));
            }
            for (String ex : inBothScripts(f.exceptions())) {
                b.add(new PhraseKey(PhraseKey.EXCEPTION, f.id()), PhrasePattern.compile(ex, Boundary.NONE, companies));
            }
        }
        this.matcher = b.build();
    }

    /**
     * Each Chinese phrase as written and as ICU writes it in Traditional script, when the two differ
     * by more than characters (急什么 / 急甚麼): transcripts are folded to Simplified one character at a
     * time, so word-level differences have to be on the rules' side.
     */
    private static List<String> inBothScripts(List<String> forms) {
        java.util.Map<String, String> byNormalized = new java.util.LinkedHashMap<>();
        for (String form : forms) {
            byNormalized.putIfAbsent(matchKey(form), form);
        }
        for (String form : forms) {
            if (form.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                String traditional = ScriptFolder.TO_TRADITIONAL.transform(form);
                byNormalized.putIfAbsent(matchKey(traditional), traditional);
            }
        }
        return List.copyOf(byNormalized.values());
    }

    private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile("\\{([^{}]*)}");

    /** What a form matches, for telling duplicates apart: its normalized text with its slots kept. */
    private static String matchKey(String form) {
        return TextNormalizer.INSTANCE.normalize(SLOT.matcher(form).replaceAll("\uE000$1\uE001")).text();
    }

    public String pack() {
        return pack;
    }

    public ScoringConfig scoring() {
        return scoring;
    }

    public TimingConfig timing() {
        return timing;
    }

    @SuppressWarnings("unchecked")
    public <C extends StageConfig> C stage(String key, Class<C> type) {
        return (C) stages.get(key);
    }

    public Map<String, StageConfig> stages() {
        return stages;
    }

    public Map<String, ForbiddenRule> forbidden() {
        return forbidden;
    }

    public List<String> companies() {
        return companies;
    }

    public PhraseMatcher<PhraseKey> matcher() {
        return matcher;
    }

    /**
     * The forbidden-phrase matches of one text that no exception of their own rule covers
     * (喂 inside 喂养, 不知道 inside 不知道您现在是否方便).
     */
    public List<PhraseMatch<PhraseKey>> forbiddenHits(List<PhraseMatch<PhraseKey>> all) {
        List<PhraseMatch<PhraseKey>> exceptions = all.stream()
                .filter(m -> m.key().group().equals(PhraseKey.EXCEPTION)).toList();
        return all.stream()
                .filter(m -> m.key().group().equals(PhraseKey.FORBIDDEN))
                .filter(m -> exceptions.stream().noneMatch(e -> e.key().ruleId().equals(m.key().ruleId()) && e.contains(m)))
                .toList();
    }
}
