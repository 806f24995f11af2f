package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.rules.PhraseEntry;
import dev.callaudit.rules.PhraseKey;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.StageConfig;
import dev.callaudit.text.PhraseMatch;
import dev.callaudit.text.TextNormalizer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Caller name (seed 001, 要点 4-5): once the customer's name is known, from the record or from their
 * own words (我姓王), the agent addresses them by surname and honorific (王先生). When the name never
 * comes, the agent must have asked for it (请问您贵姓?); a bare 先生/女士 without asking does not count.
 */
public final class CallerNameCheck extends StageCheck<CallerNameCheck.Config> {
    public static final String KEY = "caller_name";

    public record Config(Integer weight, Severity severity, String suggest, List<PhraseEntry> honorifics,
                         List<PhraseEntry> ask, List<PhraseEntry> selfIntro, List<PhraseEntry> decline)
            implements StageConfig {
        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            // honorifics are not searched on their own: they only mean something after a surname
            return Map.of("ask", StageConfig.orEmpty(ask), "self_intro", StageConfig.orEmpty(selfIntro),
                    "decline", StageConfig.orEmpty(decline));
        }
    }

    /** A name the customer is known by, from which turn on, and the forms an agent may use for it. */
    private record KnownName(String shown, int fromTurn, Set<String> forms) {
    }

    /** The honorifics as the matcher sees them, worked out once per rule set rather than per call. */
    private final Map<Config, List<String>> normalizedHonorifics =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public CallerNameCheck() {
        super(KEY, Config.class);
    }

    private static List<String> honorifics(Config config) {
        return StageConfig.orEmpty(config.honorifics()).stream()
                .flatMap(e -> e.forms().stream())
                .map(h -> TextNormalizer.INSTANCE.normalize(h).text())
                .filter(h -> !h.isEmpty()).toList();
    }

    @Override
    protected StageResult evaluate(AnalyzedCall call, Config config) {
        if (!call.customerSpeaks()) {
            return StageResult.notApplicable("the customer never speaks");
        }
        List<String> honorifics = normalizedHonorifics.computeIfAbsent(config, CallerNameCheck::honorifics);
        Optional<KnownName> known = knownName(call);
        if (known.isPresent()) {
            KnownName name = known.get();
            for (TurnView t : call.agentTurns()) {
                if (t.index() > name.fromTurn()) {
                    Optional<String> used = addressed(t.text().text(), name.forms(), honorifics);
                    if (used.isPresent()) {
                        return StageResult.pass(t.index(), quote(t.turn().text()));
                    }
                }
            }
            String since = name.fromTurn() == 0 ? "in the record" : "at turn " + name.fromTurn();
            return StageResult.fail("the customer's name " + quote(name.shown()) + " is known " + since
                    + " but the agent never addresses them by surname and honorific");
        }
        Optional<TurnView> asked = firstTurnWith(call.agentTurns(), group(KEY, "ask"));
        if (asked.isPresent()) {
            TurnView t = asked.get();
            return StageResult.pass(t.index(), "asked for the name: "
                    + quote(t.first(group(KEY, "ask")).map(PhraseMatch::quote).orElse(t.turn().text())));
        }
        return StageResult.fail("the customer's name was never given and the agent never asked for it");
    }

    private static Optional<KnownName> knownName(AnalyzedCall call) {
        String record = call.call().customerName();
        if (record != null && !record.isBlank()) {
            return Optional.of(new KnownName(record.strip(), 0, forms(TextNormalizer.INSTANCE.normalize(record).text())));
        }
        for (TurnView t : call.customerTurns()) {
            for (PhraseMatch<PhraseKey> m : t.in(group(KEY, "self_intro"))) {
                if (m.name() != null && !m.name().isBlank()) {
                    return Optional.of(new KnownName(m.name(), t.index(), forms(m.name())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The ways a normalized name may stand next to an honorific: for a Chinese name its prefixes,
     * for a Korean one its surname and endings, for a Latin name its last word.
     */
    static Set<String> forms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        String n = name.strip();
        if (n.isEmpty()) {
            return forms;
        }
        forms.add(n);
        if (Character.UnicodeScript.of(n.codePointAt(0)) == Character.UnicodeScript.HAN) {
            // every prefix: the surname (王), a compound surname (欧阳), the full name (王小明), even
            // when the capture ran on past the name (我叫王小明我想... captures 王小明我)
            for (int k = 1; k < n.codePointCount(0, n.length()); k++) {
                forms.add(n.substring(0, n.offsetByCodePoints(0, k)));
            }
        } else if (Character.UnicodeScript.of(n.codePointAt(0)) == Character.UnicodeScript.HANGUL) {
            // the surname, and every ending of two syllables or more: "{name}라고 합니다" may capture
            // 저는박민수, of which 박민수 is the name an agent says (박민수 고객님)
            forms.add(n.substring(0, n.offsetByCodePoints(0, 1)));
            int count = n.codePointCount(0, n.length());
            for (int k = 1; k <= count - 2; k++) {
                forms.add(n.substring(n.offsetByCodePoints(0, k)));
            }
        } else if (n.contains(" ")) {
            forms.add(n.substring(n.lastIndexOf(' ') + 1));
        }
        return forms;
    }

    /** The name form used with an honorific in {@code text}: 王先生 (honorific after) or mr smith (before). */
    static Optional<String> addressed(String text, Set<String> forms, List<String> honorifics) {
        for (String h : honorifics) {
            for (int at = text.indexOf(h); at >= 0; at = text.indexOf(h, at + 1)) {
                for (String f : forms) {
                    if (at >= f.length() && text.startsWith(f, at - f.length())) {
                        return Optional.of(f + h);
                    }
                    int after = at + h.length() + 1 + f.length();
                    if (text.startsWith(" " + f, at + h.length())
                            && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                        return Optional.of(h + " " + f); // Mr Lee, not Mr Leeson
                    }
                }
            }
        }
        return Optional.empty();
    }
}
