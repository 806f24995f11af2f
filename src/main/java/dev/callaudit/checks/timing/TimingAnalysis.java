package dev.callaudit.checks.timing;

import dev.callaudit.checks.AnalyzedCall;
import dev.callaudit.checks.AnalyzedCall.TurnView;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.PhraseKey;
import dev.callaudit.rules.TimingConfig;
import dev.callaudit.text.PhraseMatch;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the timing checks judge, worked out once per call from its {@link TimingView} and the phrases
 * the matcher found (hold announcements, thanks for waiting, acknowledgements): the silences where
 * the agent owed the next word, the agent's responses, talk-overs, waits after a hold announcement,
 * and the call's {@link TimingMetrics}.
 *
 * <p>Each silence is reported once, under the first rule it breaks: dead air (longer than
 * {@code dead_air.max_gap_ms}), else an unannounced hold (longer than {@code hold.long_wait_ms} with no
 * hold announcement before it), else a slow response (after a customer turn, longer than
 * {@code response_latency.max_ms}). A rule that is switched off passes its silences to the next.
 */
final class TimingAnalysis {

    /**
     * A silence before turn {@code after}, measured from the end of turn {@code before}.
     *
     * @param owedByAgent the agent owed the next word: the agent broke the silence, or the customer had
     *                    spoken last, or the agent had put the customer on hold
     * @param announcedBy the agent's last turn before the silence, when it announced a hold; else null
     * @param response    the silence is the wait for the agent's answer to a customer turn
     */
    record Gap(int before, int after, long ms, boolean owedByAgent, Integer announcedBy, boolean response) {
    }

    /** The agent's answer (turn {@code agent}) to customer turn {@code customer}, {@code latencyMs} after it ended. */
    record Response(int customer, int agent, long latencyMs) {
    }

    /** Agent turn {@code agent} started {@code overlapMs} before customer turn {@code customer} ended. */
    record TalkOver(int agent, int customer, long overlapMs) {
    }

    /** After a hold announced in turn {@code announcedBy}, the agent came back in turn {@code resumedAt} after {@code silenceMs} of silence. */
    record Wait(int announcedBy, int resumedAt, long silenceMs) {
    }

    enum Silence { DEAD_AIR, UNANNOUNCED_HOLD, SLOW_RESPONSE, NONE }

    private final AnalyzedCall call;
    private final TimingConfig config;
    private final TimingView view;
    private final List<Gap> gaps = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private final List<TalkOver> talkOvers = new ArrayList<>();
    private final List<Wait> waits = new ArrayList<>();
    private final TimingMetrics metrics;
    private BitSet thanks = new BitSet();
    private long[] units = new long[0];

    static TimingAnalysis of(AnalyzedCall call) {
        return call.derived(TimingAnalysis.class, TimingAnalysis::new);
    }

    private TimingAnalysis(AnalyzedCall call) {
        this.call = call;
        this.config = call.rules().timing();
        this.view = TimingView.of(call.call());
        if (view.status() == TimingView.Status.NO_TIMESTAMPS) {
            metrics = TimingMetrics.NO_TIMESTAMPS;
            return;
        }
        if (view.status() == TimingView.Status.INVALID) {
            metrics = TimingMetrics.INVALID;
            return;
        }
        int n = call.turns().size();
        BitSet ack = new BitSet(n + 1);
        BitSet hold = new BitSet(n + 1);
        thanks = new BitSet(n + 1);
        units = new long[n + 1];
        TimingConfig.Unit unit = config.speakingRate().unitOrDefault();
        for (TurnView t : call.turns()) {
            read(t, ack, hold);
            if (t.turn().isAgent()) {
                units[t.index()] = SpeechUnits.count(t.turn().text(), unit);
            }
        }
        long minOverlap = Math.max(1, config.talkOver().minOverlapMsOrDefault());
        Integer lastAgent = null;
        Integer lastSpoken = null; // the last turn that was not a backchannel inside someone else's turn
        for (TimingView.TurnTiming tt : view.turns()) {
            int i = tt.turn();
            Turn turn = turn(i);
            boolean backchannel = ack.get(i) && tt.overlapMs() != null && tt.overlapMs() > 0;
            Integer announcedBy = lastAgent != null && hold.get(lastAgent) ? lastAgent : null;
            if (tt.after() != null) {
                boolean answers = turn.isAgent() && !backchannel && lastSpoken != null && turn(lastSpoken).isCustomer()
                        && announcedBy == null;
                if (tt.gapBeforeMs() > 0) {
                    boolean owed = turn.isAgent() || turn(tt.after()).isCustomer() || announcedBy != null;
                    gaps.add(new Gap(tt.after(), i, tt.gapBeforeMs(), owed, announcedBy, answers));
                }
                if (answers) {
                    responses.add(new Response(lastSpoken, i, tt.gapBeforeMs()));
                }
                if (turn.isAgent() && !ack.get(i) && tt.overlapMs() >= minOverlap && turn(tt.after()).isCustomer()
                        && !ack.get(tt.after())) {
                    talkOvers.add(new TalkOver(i, tt.after(), tt.overlapMs()));
                }
            }
            if (turn.isAgent() && !backchannel) {
                if (announcedBy != null) {
                    long silence = 0;
                    for (int j = announcedBy + 1; j <= i; j++) {
                        silence += view.turn(j).gapBeforeMs();
                    }
                    waits.add(new Wait(announcedBy, i, silence));
                }
                lastAgent = i;
            }
            if (!backchannel) {
                lastSpoken = i;
            }
        }
        metrics = measure();
    }

    private static final String ACK = PhraseKey.timingGroup(TimingConfig.GROUP_ACKNOWLEDGEMENTS);
    private static final String HOLD = PhraseKey.timingGroup(TimingConfig.GROUP_HOLD_ANNOUNCE);
    private static final String THANKS = PhraseKey.timingGroup(TimingConfig.GROUP_HOLD_THANKS);

    /**
     * What the matcher found in a turn that timing needs, in one pass over its matches: a hold
     * announcement or thanks for waiting (agent turns), and whether the turn says nothing but
     * 嗯 / 好的 / ok / 네 (every normalized character inside an acknowledgement).
     */
    private void read(TurnView t, BitSet ack, BitSet hold) {
        String text = t.text().text();
        BitSet covered = new BitSet(text.length());
        for (PhraseMatch<PhraseKey> m : t.matches()) {
            String group = m.key().group();
            if (group.equals(ACK)) {
                covered.set(m.start(), m.end());
            } else if (group.equals(HOLD) && t.turn().isAgent()) {
                hold.set(t.index());
            } else if (group.equals(THANKS) && t.turn().isAgent()) {
                thanks.set(t.index());
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!covered.get(i) && text.charAt(i) != ' ') {
                return;
            }
        }
        ack.set(t.index());
    }

    private TimingMetrics measure() {
        long agentTalk = 0;
        long customerTalk = 0;
        long spoken = 0;
        long speaking = 0;
        TimingConfig.SpeakingRate rate = config.speakingRate();
        for (TimingView.TurnTiming tt : view.turns()) {
            Turn t = turn(tt.turn());
            long d = tt.durationMs();
            if (t.isAgent()) {
                agentTalk += d;
                long u = units[tt.turn()];
                if (measured(tt)) {
                    spoken += u;
                    speaking += d;
                }
            } else {
                customerTalk += d;
            }
        }
        long deadAir = gaps.stream().filter(g -> g.owedByAgent() && g.ms() > config.deadAir().maxGapMsOrDefault()).count();
        return new TimingMetrics(TimingView.Status.TIMED, responses.stream().mapToLong(Response::latencyMs).toArray(),
                agentTalk, customerTalk, rate.unitOrDefault().key(), spoken, speaking, talkOvers.size(), (int) deadAir);
    }

    /** Whether an agent turn counts for speaking rate: long enough to time, and something said in the pack's unit. */
    boolean measured(TimingView.TurnTiming tt) {
        long d = tt.durationMs();
        return turn(tt.turn()).isAgent() && d > 0 && d >= config.speakingRate().minTurnMsOrDefault() && units[tt.turn()] > 0;
    }

    /** Syllables or words in turn {@code index} (agent turns only). */
    long units(int index) {
        return units[index];
    }

    /** The rule a silence is reported under, if any (see the class comment). */
    Silence reportedAs(Gap g) {
        if (!g.owedByAgent()) {
            return Silence.NONE;
        }
        if (config.deadAir().enabledOrDefault() && g.ms() > config.deadAir().maxGapMsOrDefault()) {
            return Silence.DEAD_AIR;
        }
        if (config.hold().enabledOrDefault() && g.announcedBy() == null && g.ms() > config.hold().longWaitMsOrDefault()) {
            return Silence.UNANNOUNCED_HOLD;
        }
        if (config.responseLatency().enabledOrDefault() && g.response() && g.ms() > config.responseLatency().maxMsOrDefault()) {
            return Silence.SLOW_RESPONSE;
        }
        return Silence.NONE;
    }

    boolean usable() {
        return view.usable();
    }

    TimingView view() {
        return view;
    }

    AnalyzedCall call() {
        return call;
    }

    List<Gap> gaps() {
        return gaps;
    }

    List<Response> responses() {
        return responses;
    }

    List<TalkOver> talkOvers() {
        return talkOvers;
    }

    List<Wait> waits() {
        return waits;
    }

    TimingMetrics metrics() {
        return metrics;
    }

    Turn turn(int index) {
        return call.turn(index).turn();
    }

    boolean thanksForWaiting(int index) {
        return thanks.get(index);
    }

    /** "turn 4 (customer) 「我想查一下上个月的话费」": a turn as evidence, its text cut short. */
    String describe(int index) {
        Turn t = turn(index);
        return "turn " + index + " (" + t.speaker().key() + (t.text().isBlank() ? ")" : ") " + dev.callaudit.checks.Quotes.of(excerpt(t.text())));
    }

    /** At most 48 terminal cells of the text (a Chinese or Korean character takes two), cut with an ellipsis. */
    static String excerpt(String text) {
        String s = text.strip();
        int cells = 0;
        int cut = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            cells += wide(cp) ? 2 : 1;
            if (cells > 47 && cut < 0) {
                cut = i;
            }
            i += Character.charCount(cp);
        }
        return cells <= 48 ? s : s.substring(0, cut) + "…";
    }

    private static boolean wide(int cp) {
        return Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60;
    }

    /** Milliseconds as seconds with one decimal: "34.5 s". */
    static String seconds(long ms) {
        return java.math.BigDecimal.valueOf(ms).movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " s";
    }
}
