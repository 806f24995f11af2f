package dev.callaudit.checks;

import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.PhraseEntry;
import dev.callaudit.rules.PhraseKey;
import dev.callaudit.rules.Severity;
import dev.callaudit.rules.StageConfig;
import dev.callaudit.text.Normalized;
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
                         List<PhraseEntry> directHonorifics, List<PhraseEntry> surnames, List<PhraseEntry> notNames,
                         List<PhraseEntry> ask, List<PhraseEntry> selfIntro, List<PhraseEntry> selfIntroIfName,
                         List<PhraseEntry> decline, List<PhraseEntry> polite) implements StageConfig {
        @Override
        public Map<String, List<PhraseEntry>> phraseGroups() {
            // honorifics and surnames are not searched on their own: they only mean something together
            return Map.of("ask", StageConfig.orEmpty(ask), "self_intro", StageConfig.orEmpty(selfIntro),
                    "self_intro_if_name", StageConfig.orEmpty(selfIntroIfName),
                    "decline", StageConfig.orEmpty(decline), "polite", StageConfig.orEmpty(polite));
        }
    }

    /** A name the customer is known by, from which turn on, and the forms an agent may use for it. */
    private record KnownName(String shown, int fromTurn, Set<String> forms) {
    }

    /** The config's word lists as the matcher sees them, worked out once per rule set rather than per call. */
    private record Lists(List<String> honorifics, List<String> direct, List<String> surnames, List<String> notNames) {
        static Lists of(Config config) {
            return new Lists(normalized(config.honorifics()), normalized(config.directHonorifics()),
                    normalized(config.surnames()).stream()
                            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList(),
                    normalized(config.notNames()));
        }

        private static List<String> normalized(List<PhraseEntry> entries) {
            return StageConfig.orEmpty(entries).stream()
                    .flatMap(e -> e.forms().stream())
                    .map(h -> TextNormalizer.INSTANCE.normalize(h).text())
                    .filter(h -> !h.isEmpty()).distinct().toList();
        }

        boolean surname(String s) {
            return surnames.contains(s);
        }

        /**
         * Whether what a loose self-introduction captured at {@code at} is a name (我是卢志刚, not
         * 我是江苏的 or 我是金卡会员; 김민수입니다, not 문의입니다; It's Graham Holt, not it's my router): a
         * Chinese name is two or three characters after a listed surname and ends its clause, a Korean
         * one three syllables after a listed surname, an English one capitalized words.
         */
        boolean looksLikeName(Normalized n, int at, String name) {
            int length = name.codePointCount(0, name.length());
            Character.UnicodeScript script = Character.UnicodeScript.of(name.codePointAt(0));
            int end = at + name.length();
            if (script == Character.UnicodeScript.HAN) {
                return length >= 2 && length <= 3 && surnames.stream().anyMatch(name::startsWith) && !name.endsWith("的")
                        && (end >= n.length() || n.punctuationBefore(end));
            }
            if (script == Character.UnicodeScript.HANGUL) {
                return length == 3 && surname(name.substring(0, 1));
            }
            String[] words = name.split(" ");
            if (words.length > 3 || at < 0) {
                return false;
            }
            for (String w : words) {
                if (w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
                    return false; // "It's S-L-7..." is a booking reference
                }
            }
            // capitalized like a name, not written in capitals like a code (US, VIP, OTP)
            String said = n.originalSpan(at, end);
            return capitalized(n, at, end) && said.chars().anyMatch(Character::isLowerCase);
        }
    }

    /** Whether every word of normalized span [start, end) starts with a capital in what was said. */
    private static boolean capitalized(Normalized n, int start, int end) {
        boolean wordStart = true;
        for (int i = start; i < end; i++) {
            char c = n.text().charAt(i);
            if (c == ' ') {
                wordStart = true;
            } else if (wordStart) {
                if (!Character.isUpperCase(n.original().codePointAt(n.originalStart(i)))) {
                    return false;
                }
                wordStart = false;
            }
        }
        return true;
    }

    private static final Map<Config, Lists> LISTS = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public CallerNameCheck() {
        super(KEY, Config.class);
    }

    @Override
    protected Optional<Turn> dueTurn(AnalyzedCall call) {
        return firstReply(call);
    }

    @Override
    protected StageResult evaluate(AnalyzedCall call, Config config) {
        if (!call.customerSpeaks()) {
            return StageResult.notApplicable("the customer never speaks");
        }
        Lists words = LISTS.computeIfAbsent(config, Lists::of);
        Optional<KnownName> known = known(call, words);
        if (known.isPresent()) {
            KnownName name = known.get();
            String since = name.fromTurn() == 0 ? "from the record" : "given at turn " + name.fromTurn();
            Integer source = name.fromTurn() == 0 ? null : name.fromTurn();
            for (TurnView t : call.agentTurns()) {
                if (t.index() > name.fromTurn()) {
                    Optional<String> wrong = misaddressed(t.text(), name, words);
                    if (wrong.isPresent()) {
                        return StageResult.fail(t.index(), "misaddressed: the agent calls the customer "
                                + quote(wrong.get()) + " but their name is " + quote(name.shown()) + " (" + since + ")");
                    }
                }
            }
            for (TurnView t : call.agentTurns()) {
                if (t.index() > name.fromTurn()) {
                    Optional<String> used = addressed(t.text().text(), name.forms(), words.honorifics())
                            .or(() -> givenNameUsed(t.text(), name.forms()));
                    if (used.isPresent()) {
                        return StageResult.pass(t.index(), source, quote(t.turn().text()) + " uses the name "
                                + quote(name.shown()) + " " + since);
                    }
                }
            }
            return StageResult.fail("the customer's name " + quote(name.shown()) + " is known " + since.replace("given ", "")
                    + " but the agent never addresses them by name and honorific");
        }
        // 001: a caller who will not give a name is addressed politely (您、先生、小姐); asking does not make up for it
        Optional<TurnView> declined = firstTurnWith(call.customerTurns(), group(KEY, "decline"));
        if (declined.isPresent()) {
            int after = declined.get().index();
            Optional<TurnView> polite = call.agentTurns().stream()
                    .filter(t -> t.index() > after && t.has(group(KEY, "polite"))).findFirst();
            if (polite.isPresent()) {
                return StageResult.pass(polite.get().index(), after, "the customer declined to give a name at turn " + after
                        + " and the agent addresses them as " + quote(polite.get().first(group(KEY, "polite")).orElseThrow().quote()));
            }
            return StageResult.fail("the customer declined to give a name at turn " + after
                    + " and the agent never addresses them politely (先生/女士, sir/ma'am, 고객님)");
        }
        Optional<TurnView> asked = firstTurnWith(call.agentTurns(), group(KEY, "ask"));
        if (asked.isPresent()) {
            TurnView t = asked.get();
            return StageResult.pass(t.index(), "asked for the name: "
                    + quote(t.first(group(KEY, "ask")).map(PhraseMatch::quote).orElse(t.turn().text())));
        }
        return StageResult.fail("the customer's name was never given and the agent never asked for it");
    }

    private static Optional<KnownName> knownName(AnalyzedCall call, Lists words) {
        String record = call.call().customerName();
        if (record != null && !record.isBlank()) {
            String n = withoutTitle(TextNormalizer.INSTANCE.normalize(record).text(), words);
            return Optional.of(new KnownName(record.strip(), 0, forms(n)));
        }
        // a sure self-introduction (我姓王, my name is) anywhere wins over a loose one (我是…, it's…)
        for (String g : List.of(group(KEY, "self_intro"), group(KEY, "self_intro_if_name"))) {
            boolean sure = g.equals(group(KEY, "self_intro"));
            for (TurnView t : call.customerTurns()) {
                for (PhraseMatch<PhraseKey> m : t.in(g)) {
                    if (m.name() == null || m.name().isBlank()) {
                        continue;
                    }
                    boolean title = words.honorifics().contains(m.name());
                    String name = title ? afterTitle(t.text(), m.end()) : withoutTitle(m.name(), words);
                    int at = name.isEmpty() ? -1 : t.text().text().indexOf(name, m.start());
                    if (at >= 0 && (sure || words.looksLikeName(t.text(), at, name))) {
                        return Optional.of(new KnownName(t.text().originalSpan(at, at + name.length()), t.index(), forms(name)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The names the customer gave for themselves, as the matcher sees them, longest first: a confirmation does not restate them. */
    static List<String> namesGiven(AnalyzedCall call) {
        Config config = call.rules().stage(KEY, Config.class);
        return known(call, LISTS.computeIfAbsent(config, Lists::of))
                .map(k -> k.forms().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList())
                .orElse(List.of());
    }

    /** The call's known name, worked out once per call for this check and the confirmation's. */
    private record Known(KnownName name) {
    }

    private static Optional<KnownName> known(AnalyzedCall call, Lists words) {
        return Optional.ofNullable(call.derived(Known.class, c -> new Known(knownName(c, words).orElse(null))).name());
    }

    /** The words after a title the capture stopped at ("It's Mrs. Jean Atkins." captures "mrs"), up to the next punctuation. */
    private static String afterTitle(Normalized n, int from) {
        String text = n.text();
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start + 1;
        while (end < text.length() && !n.punctuationBefore(end)) {
            end++;
        }
        return start >= text.length() ? "" : text.substring(start, Math.min(end, text.length())).strip();
    }

    /** "It's Mrs. Jean Atkins": the name is Jean Atkins. */
    private static String withoutTitle(String name, Lists words) {
        for (String h : words.honorifics()) {
            if (name.startsWith(h + " ")) {
                return name.substring(h.length() + 1);
            }
        }
        return name;
    }

    /**
     * A direct address (王先生, 이민수 고객님, Mr. Jones) whose name is not the customer's: another
     * listed surname right before a Chinese honorific that opens or ends a clause, a Korean name that
     * is the customer's with another surname (or another given name), a capitalized word after an
     * English title.
     */
    static Optional<String> misaddressed(Normalized n, KnownName name, Lists words) {
        String text = n.text();
        for (String h : words.direct()) {
            for (int at = text.indexOf(h); at >= 0; at = text.indexOf(h, at + 1)) {
                String wrong = TextNormalizer.isWordChar(h.codePointAt(0))
                        ? wrongAfterTitle(n, at, h, name)
                        : wrongBeforeHonorific(n, at, h, name, words);
                if (wrong != null) {
                    return Optional.of(wrong);
                }
            }
        }
        return Optional.empty();
    }

    private static String wrongAfterTitle(Normalized n, int at, String title, KnownName name) {
        String text = n.text();
        int from = at + title.length();
        if ((at > 0 && text.charAt(at - 1) != ' ') || from >= text.length() || text.charAt(from) != ' ') {
            return null; // "mrs" inside "mrsmith", or a title ending the turn
        }
        int end = text.indexOf(' ', from + 1);
        end = end < 0 ? text.length() : end;
        String word = text.substring(from + 1, end);
        // Mr or Ms as said to a person, then a capitalized name: not "MS Office", not "Mr. and Mrs. Smith"
        String said = n.originalSpan(at, from);
        if (word.isEmpty() || !Character.isLetter(word.codePointAt(0)) || said.length() < 2
                || !Character.isUpperCase(said.charAt(0)) || !Character.isLowerCase(said.charAt(1))
                || !capitalized(n, from + 1, end)) {
            return null;
        }
        for (String f : name.forms()) {
            if (text.startsWith(f, from + 1)) {
                return null;
            }
        }
        return n.originalSpan(at, end);
    }

    private static String wrongBeforeHonorific(Normalized n, int at, String honorific, KnownName name, Lists words) {
        String text = n.text();
        if (at == 0) {
            return null;
        }
        if (Character.UnicodeScript.of(text.codePointBefore(at)) == Character.UnicodeScript.HANGUL) {
            return wrongKoreanName(n, at, honorific, name, words);
        }
        for (String f : name.forms()) {
            if (text.startsWith(f, at - f.length())) {
                return null;
            }
        }
        for (String word : words.notNames()) {
            if (text.startsWith(word, at - word.length())) {
                return null; // 谢谢先生 is no Mr 谢
            }
        }
        // spoken to the customer: the address ends its clause or goes on with 您 (李先生, / 李先生您好),
        // unlike a colleague named in passing (我们的张小姐会给您回电)
        int after = at + honorific.length();
        if (!(after >= text.length() || n.punctuationBefore(after) || text.startsWith("您", after) || text.startsWith("你", after))) {
            return null;
        }
        // 李先生: a surname right before; 李明先生: a surname and one given-name character, at a clause edge
        for (int back = 1; back <= 2 && back <= at; back++) {
            int start = at - back;
            for (String s : words.surnames()) {
                boolean surnameOnly = back == s.length();
                boolean fullName = back == s.length() + 1 && n.punctuationBefore(start);
                if (text.startsWith(s, start) && (surnameOnly || fullName)
                        && name.forms().stream().noneMatch(f -> f.contains(s))) {
                    return n.originalSpan(start, after);
                }
            }
        }
        return null;
    }

    /**
     * Korean keeps word edges: the word before 고객님 (or the one 님 is attached to) is the name said.
     * Only the confusions an agent makes are read as misaddressing, because a three-syllable word
     * before 고객님 is as often an ordinary one (오늘은 고객님, 정비사님): the customer's given name with
     * another surname (이민수 for 김민수), their surname with another given name (서지연 for 서지민),
     * or another surname alone (박 고객님), which the pack's not_names keep from ordinary words (이 고객님).
     */
    private static String wrongKoreanName(Normalized n, int at, String honorific, KnownName name, Lists words) {
        String text = n.text();
        int start = at - 1;
        while (start > 0 && !n.breakBefore(start) && at - start <= 3) {
            start--;
        }
        if (!n.breakBefore(start)) {
            return null; // a word longer than a name
        }
        String word = text.substring(start, at);
        String full = name.forms().stream().filter(f -> f.codePointCount(0, f.length()) == 3
                && words.surname(f.substring(0, 1))).findFirst().orElse(null);
        int syllables = word.codePointCount(0, word.length());
        if (name.forms().contains(word) || words.notNames().contains(word)) {
            return null;
        }
        boolean wrong;
        if (syllables == 1) {
            wrong = words.surname(word) && n.breakBefore(at) && full != null && !full.startsWith(word);
        } else if (syllables == 3 && full != null && words.surname(word.substring(0, 1)) && !word.equals(full)) {
            wrong = word.substring(1).equals(full.substring(1)) || word.substring(0, 1).equals(full.substring(0, 1));
        } else {
            wrong = false;
        }
        return wrong ? n.originalSpan(start, Math.min(text.length(), at + honorific.length())) : null;
    }

    /**
     * A customer who gave a first name (This is Maria) may be addressed by it alone, "Thanks, Maria",
     * when it is said as a name (capitalized: "your bill" is no Bill).
     */
    static Optional<String> givenNameUsed(Normalized n, Set<String> forms) {
        String text = n.text();
        for (String f : forms) {
            if (f.isEmpty() || !TextNormalizer.isWordChar(f.codePointAt(0)) || f.contains(" ")) {
                continue;
            }
            for (int at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
                int end = at + f.length();
                if ((at == 0 || text.charAt(at - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ')
                        && capitalized(n, at, end)) {
                    return Optional.of(f);
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
            forms.add(n.substring(0, n.indexOf(' '))); // the first name: "Thanks, Maria"
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
