package dev.callaudit.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code timing:} section of a rules file: the thresholds, severities and penalties of the timing
 * checks, and the phrases they need (hold announcements, thanks for waiting, short acknowledgements),
 * which {@link Ruleset} compiles into the pack's one matcher. Every value is optional in a layer; an
 * absent one takes the default below, which is the seeds' value (the built-in packs also write
 * them out, each with the seed line it comes from).
 */
public record TimingConfig(Hold hold, DeadAir deadAir, ResponseLatency responseLatency, SpeakingRate speakingRate,
                           TalkOver talkOver, TalkShare talkShare) {

    public static final TimingConfig DEFAULTS = new TimingConfig(null, null, null, null, null, null);

    public TimingConfig {
        hold = hold == null ? new Hold(null, null, null, null, null, null, null) : hold;
        deadAir = deadAir == null ? new DeadAir(null, null, null, null, null) : deadAir;
        responseLatency = responseLatency == null ? new ResponseLatency(null, null, null, null, null) : responseLatency;
        speakingRate = speakingRate == null ? new SpeakingRate(null, null, null, null, null, null, null, null, null) : speakingRate;
        talkOver = talkOver == null ? new TalkOver(null, null, null, null, null, null, null) : talkOver;
        talkShare = talkShare == null ? new TalkShare(null, null, null, null, null, null) : talkShare;
    }

    /** What every timing check's settings have: on or off, how bad a finding is, what it costs, what to say. */
    public interface CheckConfig {
        Boolean enabled();

        Severity severity();

        /** Points off the call's score per finding; absent means the scoring penalty of the severity. */
        Integer penalty();

        String suggest();

        Severity defaultSeverity();

        default boolean enabledOrDefault() {
            return enabled() == null || enabled();
        }

        default Severity severityOrDefault() {
            return severity() == null ? defaultSeverity() : severity();
        }

        default int penaltyOrDefault(ScoringConfig scoring) {
            return penalty() != null ? penalty() : scoring.penalty(severityOrDefault());
        }
    }

    /**
     * Hold etiquette: a silence longer than {@code long_wait_ms} where the agent owes the next word needs
     * a hold announcement before it, and the agent's next turn after an announced wait that long must
     * thank or apologize for it.
     */
    public record Hold(Boolean enabled, Severity severity, Integer penalty, String suggest, Long longWaitMs,
                       List<PhraseEntry> announce, List<PhraseEntry> thanks) implements CheckConfig {
        public static final long LONG_WAIT_MS = 15_000;

        public Hold {
            nonNegative("long_wait_ms", longWaitMs);
            nonNegative("penalty", penalty);
            announce = announce == null ? List.of() : List.copyOf(announce);
            thanks = thanks == null ? List.of() : List.copyOf(thanks);
        }

        public long longWaitMsOrDefault() {
            return longWaitMs == null ? LONG_WAIT_MS : longWaitMs;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.MINOR;
        }
    }

    /** Dead air: a silence longer than {@code max_gap_ms} where the agent owes the next word. */
    public record DeadAir(Boolean enabled, Severity severity, Integer penalty, String suggest, Long maxGapMs) implements CheckConfig {
        public static final long MAX_GAP_MS = 30_000;

        public DeadAir {
            nonNegative("max_gap_ms", maxGapMs);
            nonNegative("penalty", penalty);
        }

        public long maxGapMsOrDefault() {
            return maxGapMs == null ? MAX_GAP_MS : maxGapMs;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.MAJOR;
        }
    }

    /** Response latency: from the end of a customer turn to the agent's next words, at most {@code max_ms}. */
    public record ResponseLatency(Boolean enabled, Severity severity, Integer penalty, String suggest, Long maxMs) implements CheckConfig {
        public static final long MAX_MS = 5_000;

        public ResponseLatency {
            nonNegative("max_ms", maxMs);
            nonNegative("penalty", penalty);
        }

        public long maxMsOrDefault() {
            return maxMs == null ? MAX_MS : maxMs;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.MINOR;
        }
    }

    /** How speech is counted: one Han or Hangul character is one syllable; English counts words. */
    public enum Unit {
        SYLLABLES, WORDS;

        @JsonCreator
        public static Unit parse(String raw) {
            for (Unit u : values()) {
                if (u.key().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                    return u;
                }
            }
            throw new IllegalArgumentException("'" + raw + "' is not a speaking-rate unit (expected syllables, words)");
        }

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Speaking rate: the agent's units per minute over the call's agent turns of at least
     * {@code min_turn_ms}; judged once the call has {@code min_speaking_ms} of them.
     */
    public record SpeakingRate(Boolean enabled, Severity severity, Integer penalty, String suggest, Unit unit,
                               Integer slowBelow, Integer fastAbove, Long minTurnMs, Long minSpeakingMs) implements CheckConfig {
        public static final int SLOW_BELOW = 100;
        public static final int FAST_ABOVE = 200;
        public static final long MIN_TURN_MS = 1_000;
        public static final long MIN_SPEAKING_MS = 10_000;

        public SpeakingRate {
            nonNegative("slow_below", slowBelow == null ? null : slowBelow.longValue());
            nonNegative("fast_above", fastAbove == null ? null : fastAbove.longValue());
            nonNegative("min_turn_ms", minTurnMs);
            nonNegative("min_speaking_ms", minSpeakingMs);
            nonNegative("penalty", penalty);
            if (slowBelow != null && fastAbove != null && slowBelow >= fastAbove) {
                throw new IllegalArgumentException("slow_below (" + slowBelow + ") must be below fast_above (" + fastAbove + ")");
            }
        }

        public Unit unitOrDefault() {
            return unit == null ? Unit.SYLLABLES : unit;
        }

        public int slowBelowOrDefault() {
            return slowBelow == null ? SLOW_BELOW : slowBelow;
        }

        public int fastAboveOrDefault() {
            return fastAbove == null ? FAST_ABOVE : fastAbove;
        }

        public long minTurnMsOrDefault() {
            return minTurnMs == null ? MIN_TURN_MS : minTurnMs;
        }

        public long minSpeakingMsOrDefault() {
            return minSpeakingMs == null ? MIN_SPEAKING_MS : minSpeakingMs;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.MINOR;
        }
    }

    /**
     * Talk-over: the agent starting at least {@code min_overlap_ms} before the customer's turn ended;
     * a finding when a call has more than {@code max_per_call}. A turn that is only acknowledgements
     * (嗯, 好的, ok, 네) interrupts no one, and talking over one is no interruption either.
     */
    public record TalkOver(Boolean enabled, Severity severity, Integer penalty, String suggest, Long minOverlapMs,
                           Integer maxPerCall, List<PhraseEntry> acknowledgements) implements CheckConfig {
        public static final long MIN_OVERLAP_MS = 500;
        public static final int MAX_PER_CALL = 0;

        public TalkOver {
            nonNegative("min_overlap_ms", minOverlapMs);
            nonNegative("max_per_call", maxPerCall == null ? null : maxPerCall.longValue());
            nonNegative("penalty", penalty);
            acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
        }

        public long minOverlapMsOrDefault() {
            return minOverlapMs == null ? MIN_OVERLAP_MS : minOverlapMs;
        }

        public int maxPerCallOrDefault() {
            return maxPerCall == null ? MAX_PER_CALL : maxPerCall;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.MINOR;
        }
    }

    /**
     * Talk share: the agent's share of the call's speaking time. Reported always; a finding only
     * when the rules set {@code min} or {@code max} (the seeds give no number).
     */
    public record TalkShare(Boolean enabled, Severity severity, Integer penalty, String suggest, Double min, Double max)
            implements CheckConfig {

        public TalkShare {
            share("min", min);
            share("max", max);
            nonNegative("penalty", penalty);
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("min (" + min + ") must not be above max (" + max + ")");
            }
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.MINOR;
        }

        private static void share(String what, Double v) {
            if (v != null && (v < 0 || v > 1)) {
                throw new IllegalArgumentException(what + " must be a share 0..1, not " + v);
            }
        }
    }

    /** Phrase lists by group ({@code hold.announce}, ...), compiled into the pack's one matcher. */
    public Map<String, List<PhraseEntry>> phraseGroups() {
        Map<String, List<PhraseEntry>> groups = new LinkedHashMap<>();
        groups.put(GROUP_HOLD_ANNOUNCE, hold.announce());
        groups.put(GROUP_HOLD_THANKS, hold.thanks());
        groups.put(GROUP_ACKNOWLEDGEMENTS, talkOver.acknowledgements());
        return groups;
    }

    /** Rule ids of the timing findings (the {@code rule} of a finding whose kind is {@code timing}). */
    public static final String DEAD_AIR = "dead_air";
    public static final String HOLD_UNANNOUNCED = "hold_unannounced";
    public static final String HOLD_THANKS = "hold_thanks";
    public static final String RESPONSE_LATENCY = "response_latency";
    public static final String SPEAKING_RATE = "speaking_rate";
    public static final String TALK_OVER = "talk_over";
    public static final String TALK_SHARE = "talk_share";

    /** The settings behind a timing finding's rule id; null for an id that is not a timing rule. */
    public CheckConfig forRule(String rule) {
        return switch (rule) {
            case DEAD_AIR -> deadAir;
            case HOLD_UNANNOUNCED, HOLD_THANKS -> hold;
            case RESPONSE_LATENCY -> responseLatency;
            case SPEAKING_RATE -> speakingRate;
            case TALK_OVER -> talkOver;
            case TALK_SHARE -> talkShare;
            default -> null;
        };
    }

    public static final String GROUP_HOLD_ANNOUNCE = "hold.announce";
    public static final String GROUP_HOLD_THANKS = "hold.thanks";
    public static final String GROUP_ACKNOWLEDGEMENTS = "talk_over.acknowledgements";

    private static void nonNegative(String what, Number v) {
        if (v != null && v.longValue() < 0) {
            throw new IllegalArgumentException(what + " must be 0 or more, not " + v);
        }
    }
}
