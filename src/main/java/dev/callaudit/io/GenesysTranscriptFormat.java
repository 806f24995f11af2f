package dev.callaudit.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.callaudit.model.Speaker;

import java.util.Locale;
import java.util.Map;

import static dev.callaudit.io.VendorFormats.array;
import static dev.callaudit.io.VendorFormats.hasKey;
import static dev.callaudit.io.VendorFormats.str;
import static dev.callaudit.io.VendorFormats.string;
import static dev.callaudit.io.VendorFormats.whole;

/**
 * Genesys Cloud speech and text analytics transcript (the document behind
 * developer.genesys.cloud .../speechtextanalytics/transcript-url): {@code conversationId},
 * {@code communicationId}, {@code mediaType}, {@code participants}, and {@code transcripts}, each with
 * a {@code language} and {@code phrases}: {@code participantPurpose}, {@code text},
 * {@code startTimeMs}, {@code duration} ({@code {"milliseconds": n}} or a number),
 * {@code confidence} and {@code words} (the last two not read).
 *
 * <p>Purposes internal, agent and acd are the agent's side, external and customer the customer's.
 * A phrase ends at its start plus its duration. Phrases do not say which agent spoke; the first
 * agent-side entry of {@code participants} with a {@code userId} names the call's agent.
 */
final class GenesysTranscriptFormat implements VendorFormat {
    private static final Map<String, String> PURPOSES = Map.of(
            "INTERNAL", "agent", "AGENT", "agent", "ACD", "agent",
            "EXTERNAL", "customer", "CUSTOMER", "customer");
    private static final String EXPECTED = "expected internal, agent, acd, external or customer";

    @Override
    public String name() {
        return "genesys-cloud-transcript";
    }

    @Override
    public boolean recognizes(String head) {
        return !VendorFormats.canonical(head) && hasKey(head, "phrases") && hasKey(head, "participantPurpose");
    }

    @Override
    public ReadItem read(JsonNode root, JsonLines lines, String file, String fileCallId, ReadOptions options) {
        if (!root.isObject()) {
            return VendorFormats.notAnObject(root, this, file, fileCallId);
        }
        int line = lines.at("");
        CallAssembler call = new CallAssembler(file, line, VendorFormats.id(root.get("conversationId"), fileCallId));
        string(root, "conversationId", "at the top level", call, line);

        String agentId = null;
        JsonNode participants = root.get("participants");
        if (participants != null && participants.isArray()) {
            for (int i = 0; i < participants.size() && agentId == null; i++) {
                JsonNode p = participants.get(i);
                if (p.isObject() && speaker(p.path("participantPurpose").asText(""), options) == Speaker.AGENT) {
                    agentId = string(p, "userId", "in participants[" + i + "]", call, lines.at("/participants/" + i));
                }
            }
        }
        call.agentId(VendorFormat.agentOr(agentId, options));

        JsonNode transcripts = array(root, "transcripts", "the transcripts of the communication, each with phrases", call, line);
        if (transcripts != null) {
            for (int t = 0; t < transcripts.size(); t++) {
                JsonNode transcript = transcripts.get(t);
                int tLine = lines.at("/transcripts/" + t);
                if (!transcript.isObject()) {
                    call.error(tLine, "transcripts[" + t + "] must be an object with phrases, found " + VendorFormats.kind(transcript));
                    continue;
                }
                call.language(string(transcript, "language", "in transcripts[" + t + "]", call, tLine));
                JsonNode phrases = array(transcript, "phrases", "the phrases of transcripts[" + t + "]", call, tLine);
                if (phrases == null) {
                    continue;
                }
                for (int i = 0; i < phrases.size(); i++) {
                    String where = "in transcripts[" + t + "].phrases[" + i + "]";
                    int at = lines.at("/transcripts/" + t + "/phrases/" + i);
                    JsonNode phrase = phrases.get(i);
                    if (!phrase.isObject()) {
                        call.error(at, "transcripts[" + t + "].phrases[" + i + "] must be an object with participantPurpose and text, found "
                                + VendorFormats.kind(phrase));
                        continue;
                    }
                    String purpose = string(phrase, "participantPurpose", where, call, at);
                    String speaker = null;
                    if (purpose == null || purpose.isBlank()) {
                        call.error(at, "missing 'participantPurpose' " + where + " (" + EXPECTED + ")");
                    } else {
                        Speaker s = speaker(purpose, options);
                        if (s == null) {
                            call.error(at, "unknown participantPurpose '" + purpose.strip() + "' " + where + " (" + EXPECTED
                                    + VendorFormats.SPEAKER_VALUES_HINT + ")");
                        }
                        speaker = s == null ? purpose : s.key();
                    }
                    String text = string(phrase, "text", where, call, at);
                    if (text == null) {
                        call.error(at, "missing 'text' " + where + " (expected the text of the phrase)");
                    }
                    Long start = whole(phrase, "startTimeMs", where, call, at);
                    Long duration = duration(phrase, where, call, at);
                    Long end = start == null || duration == null ? null : start + duration;
                    call.turn(null, speaker, text, str(start), str(end), at, null);
                }
            }
        }
        return call.build(options);
    }

    /** {@code duration} as {@code {"milliseconds": n}} or as a plain number of milliseconds. */
    private static Long duration(JsonNode phrase, String where, CallAssembler call, int at) {
        JsonNode d = phrase.get("duration");
        if (d == null || d.isNull()) {
            return null;
        }
        if (d.isObject()) {
            return whole(d, "milliseconds", "of 'duration' " + where, call, at);
        }
        return VendorFormats.wholeValue(d, "duration", where, call, at);
    }

    /** Our side for a purpose, through --speaker-values first; null when it is neither. */
    private static Speaker speaker(String purpose, ReadOptions options) {
        String mapped = options.speaker(purpose).strip();
        return Speaker.parse(PURPOSES.getOrDefault(mapped.toUpperCase(Locale.ROOT), mapped)).orElse(null);
    }
}
