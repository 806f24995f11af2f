package dev.callaudit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule phrase compiled for matching: literal text with named slots in braces ({company},
 * {agent_no}, {name}, {*}). The first literal part is the anchor that the Aho-Corasick pass finds;
 * phrases with slots are then confirmed by a regex over a bounded region around the anchor.
 */
public final class PhrasePattern {
    public static final int SLOT_MAX = 12;
    /** {...}: a gap for restated content inside a frame (您是要{...}对吗), longer than SPEC.md's {*}. */
    public static final int GAP_MAX = 40;
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> SLOT_NAMES = Set.of("company", "agent_no", "name", "*", "...");
    private static final String AGENT_NO = "[0-9a-z〇零一二三四五六七八九十]{1," + SLOT_MAX + "}";
    private static final String NAME = "(?:\\p{IsHan}{1,4}|\\p{IsHangul}{1,5}|[a-z]+(?: [a-z]+)?)";
    private static final String ANY = ".{1," + SLOT_MAX + "}?";
    private static final String GAP = ".{1," + GAP_MAX + "}?";

    private final String source;
    private final String anchor;
    private final Pattern regex;
    /** The phrase's last literal when it comes after the anchor: a regex is only tried where it occurs. */
    private final String tail;
    private final int maxLead;
    private final int maxSpan;
    private final boolean boundaryStart;
    private final boolean boundaryEnd;
    private final boolean wordBoundary;
    private final boolean clause;
    private final boolean withinSentence;

    private PhrasePattern(String source, String anchor, Pattern regex, String tail, int maxLead, int maxSpan,
                          boolean boundaryStart, boolean boundaryEnd, boolean wordBoundary, boolean clause, boolean withinSentence) {
        this.source = source;
        this.anchor = anchor;
        this.regex = regex;
        this.tail = tail;
        this.maxLead = maxLead;
        this.maxSpan = maxSpan;
        this.boundaryStart = boundaryStart;
        this.boundaryEnd = boundaryEnd;
        this.wordBoundary = wordBoundary;
        this.clause = clause;
        this.withinSentence = withinSentence;
    }

    /**
     * @param companies normalized-or-raw company names for {company}; empty means "up to 12 characters of anything"
     */
    public static PhrasePattern compile(String phrase, Boundary boundary, List<String> companies) {
        if (phrase == null || phrase.isBlank()) {
            throw new PatternException("empty phrase");
        }
        TextNormalizer norm = TextNormalizer.INSTANCE;
        List<String> literals = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(phrase);
        int last = 0;
        while (m.find()) {
            String name = m.group(1).strip();
            if (!SLOT_NAMES.contains(name)) {
                throw new PatternException("unknown slot {" + m.group(1) + "} (expected {company}, {agent_no}, {name}, {*} or {...})");
            }
            literals.add(norm.normalize(phrase.substring(last, m.start())).text().strip());
            slots.add(name);
            last = m.end();
        }
        literals.add(norm.normalize(phrase.substring(last)).text().strip());
        if (phrase.indexOf('{', last) >= 0 || phrase.indexOf('}', last) >= 0) {
            throw new PatternException("unbalanced brace in phrase '" + phrase + "'");
        }
        for (int i = 1; i < literals.size() - 1; i++) {
            if (literals.get(i).isEmpty()) {
                throw new PatternException("two slots side by side in '" + phrase + "': put text between them");
            }
        }
        int anchorIndex = -1;
        for (int i = 0; i < literals.size(); i++) {
            if (!literals.get(i).isEmpty()) {
                anchorIndex = i;
                break;
            }
        }
        if (anchorIndex < 0) {
            throw new PatternException("phrase '" + phrase + "' has no text outside its slots");
        }
        String first = literals.get(anchorIndex);
        String lastLiteral = literals.get(literals.size() - 1);
        boolean leadingSlot = anchorIndex > 0;
        boolean trailingSlot = lastLiteral.isEmpty();
        boolean word = boundary == Boundary.WORD;
        boolean clause = boundary == Boundary.CLAUSE;
        // an English phrase does not run across a full stop ("...to you. People usually..." is no "you people");
        // Chinese ones may, because speech-to-text scatters punctuation through them
        boolean withinSentence = TextNormalizer.isWordChar(first.codePointAt(0))
                && (lastLiteral.isEmpty() || TextNormalizer.isWordChar(lastLiteral.codePointBefore(lastLiteral.length())))
                && phrase.indexOf('.') < 0; // unless the phrase spans one itself
        boolean bStart = boundary == Boundary.WORD
                || (boundary == Boundary.AUTO && !leadingSlot && TextNormalizer.isWordChar(first.codePointAt(0)));
        boolean bEnd = boundary == Boundary.WORD
                || (boundary == Boundary.AUTO && !trailingSlot
                    && TextNormalizer.isWordChar(lastLiteral.codePointBefore(lastLiteral.length())));
        if (slots.isEmpty()) {
            return new PhrasePattern(phrase, first, null, null, 0, first.length(), bStart, bEnd, word, clause, withinSentence);
        }
        StringBuilder re = new StringBuilder();
        boolean nameCaptured = false;
        int span = 0;
        for (int i = 0; i < literals.size(); i++) {
            String lit = literals.get(i);
            if (!lit.isEmpty()) {
                re.append(i == anchorIndex ? "(?<anchor>" + Pattern.quote(lit) + ")" : Pattern.quote(lit));
                span += lit.length();
            }
            if (i < slots.size()) {
                String slot = slots.get(i);
                String cls = switch (slot) {
                    case "company" -> companies.isEmpty() ? ANY : companies.stream()
                            .map(c -> Pattern.quote(norm.normalize(c).text()))
                            .collect(Collectors.joining("|", "(?:", ")"));
                    case "agent_no" -> AGENT_NO;
                    case "name" -> NAME;
                    case "..." -> GAP;
                    default -> ANY;
                };
                if (slot.equals("name") && !nameCaptured) {
                    cls = "(?<name>" + cls + ")";
                    nameCaptured = true;
                }
                re.append(" ?").append(cls).append(" ?");
                span += maxLength(slot);
            }
        }
        int lead = leadingSlot ? maxLength(slots.get(0)) : 0;
        String tail = trailingSlot || literals.size() - 1 == anchorIndex ? null : lastLiteral;
        return new PhrasePattern(phrase, first, Pattern.compile(re.toString(), Pattern.DOTALL), tail, lead, span, bStart, bEnd, word,
                clause, withinSentence);
    }

    /** The most normalized characters a slot can take, with the optional spaces around it (company names can be long). */
    private static int maxLength(String slot) {
        return (slot.equals("...") ? GAP_MAX : SLOT_MAX) * 4 + 2;
    }

    /**
     * The checks {@link #compile} makes of a phrase's form (slots known, text outside them, no two
     * slots side by side, braces balanced), without normalizing or building anything: rules files are
     * validated when they load, and compiled only when a call needs their pack.
     */
    public static void validate(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new PatternException("empty phrase");
        }
        Matcher m = SLOT.matcher(phrase);
        int last = 0;
        boolean text = false;
        boolean previousWasSlot = false;
        while (m.find()) {
            String between = phrase.substring(last, m.start());
            boolean hasText = between.codePoints().anyMatch(Character::isLetterOrDigit);
            if (previousWasSlot && !hasText) {
                throw new PatternException("two slots side by side in '" + phrase + "': put text between them");
            }
            if (!SLOT_NAMES.contains(m.group(1).strip())) {
                throw new PatternException("unknown slot {" + m.group(1) + "} (expected {company}, {agent_no}, {name}, {*} or {...})");
            }
            text |= hasText;
            previousWasSlot = true;
            last = m.end();
        }
        String tail = phrase.substring(last);
        if (tail.indexOf('{') >= 0 || tail.indexOf('}') >= 0) {
            throw new PatternException("unbalanced brace in phrase '" + phrase + "'");
        }
        text |= tail.codePoints().anyMatch(Character::isLetterOrDigit);
        if (!text) {
            throw new PatternException("phrase '" + phrase + "' has no text outside its slots");
        }
    }

    public String source() {
        return source;
    }

    String anchor() {
        return anchor;
    }

    /**
     * Confirms a phrase whose anchor was found at [begin, end) of {@code text}.
     *
     * @return {start, end} of the whole phrase and the captured {name} (or null), or null when it does not match here
     */
    Hit confirm(Normalized normalized, int begin, int end) {
        String text = normalized.text();
        int start;
        int stop;
        String name = null;
        if (regex == null) {
            start = begin;
            stop = end;
        } else {
            int regionEnd = Math.min(text.length(), begin + maxSpan);
            if (tail != null) {
                int at = text.indexOf(tail, end);
                if (at < 0 || at + tail.length() > regionEnd) {
                    return null;
                }
            }
            Matcher m = regex.matcher(text);
            start = -1;
            stop = -1;
            for (int s = Math.max(0, begin - maxLead); s <= begin; s++) {
                m.region(s, regionEnd);
                if (m.lookingAt() && m.start("anchor") == begin) {
                    start = m.start();
                    stop = m.end();
                    if (text.charAt(stop - 1) == ' ') {
                        stop--;
                    }
                    if (text.charAt(start) == ' ') {
                        start++;
                    }
                    try {
                        name = m.group("name");
                        if (name != null && m.start("name") < m.start("anchor")) {
                            name = afterLastBreak(normalized, m.start("name"), m.end("name"));
                        } else if (name != null) {
                            int cut = punctuationAfter(normalized, m.start("name"), m.end("name"));
                            name = text.substring(m.start("name"), cut).strip();
                            if (m.end("name") >= stop) {
                                // a phrase ending in {name} ends where the name does: "it's Jess. I'm moving"
                                // is one phrase "it's jess" and does not span the full stop
                                stop = cut;
                                while (stop > start && text.charAt(stop - 1) == ' ') {
                                    stop--;
                                }
                            }
                        }
                    } catch (IllegalArgumentException noNameSlot) {
                        name = null;
                    }
                    break;
                }
            }
            if (start < 0) {
                return null;
            }
        }
        if (boundaryStart && start > 0 && isBoundaryChar(text.codePointBefore(start))
                && !(wordBoundary && normalized.breakBefore(start))) {
            return null;
        }
        if (boundaryEnd && stop < text.length() && isBoundaryChar(text.codePointAt(stop))
                && !(wordBoundary && normalized.breakBefore(stop))) {
            return null;
        }
        if (clause && !(normalized.punctuationBefore(start) && normalized.punctuationBefore(stop))) {
            return null;
        }
        if (withinSentence && normalized.sentenceEndsWithin(start, stop)) {
            return null;
        }
        return new Hit(start, stop, name);
    }

    /**
     * A name captured before its phrase ("{name}이라고 합니다") starts after the last break inside the
     * capture: "네, 김민준이라고 합니다" is 김민준.
     */
    private static String afterLastBreak(Normalized n, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            if (n.breakBefore(i)) {
                return n.text().substring(i, end).strip();
            }
        }
        return n.text().substring(start, end);
    }

    /** Where a captured name ends: at the speaker's punctuation ("My name is John, I'm calling" is John). */
    private static int punctuationAfter(Normalized n, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (n.punctuationBefore(i)) {
                return i;
            }
        }
        return end;
    }

    private boolean isBoundaryChar(int cp) {
        return wordBoundary ? Character.isLetterOrDigit(cp) : TextNormalizer.isWordChar(cp);
    }

    record Hit(int start, int end, String name) {
    }

    @Override
    public String toString() {
        return source;
    }
}
