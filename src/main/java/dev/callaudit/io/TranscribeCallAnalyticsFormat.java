package dev.callaudit.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.callaudit.model.Speaker;

import static dev.callaudit.io.VendorFormats.hasKey;
import static dev.callaudit.io.VendorFormats.string;

/**
 * Amazon Transcribe Call Analytics output (awsdocs amazon-transcribe-developer-guide,
 * call-analytics-output.md): {@code JobName}, {@code LanguageCode} and a {@code Transcript} array of
 * turns, each with {@code ParticipantRole} (AGENT or CUSTOMER), {@code Content},
 * {@code BeginOffsetMillis} and {@code EndOffsetMillis}. Sentiment, loudness, detected issues and
 * the {@code ConversationCharacteristics} summary are not read. The export names no agent.
 */
final class TranscribeCallAnalyticsFormat implements VendorFormat {

    @Override
    public String name() {
        return "amazon-transcribe-call-analytics";
    }

    /** A turn's role and its offsets, and no Contact Lens participant list. */
    @Override
    public boolean recognizes(String head) {
        return !VendorFormats.canonical(head) && hasKey(head, "ParticipantRole") && hasKey(head, "BeginOffsetMillis")
                && !hasKey(head, "Participants");
    }

    @Override
    public ReadItem read(JsonNode root, JsonLines lines, String file, String fileCallId, ReadOptions options) {
        if (!root.isObject()) {
            return VendorFormats.notAnObject(root, this, file, fileCallId);
        }
        int line = lines.at("");
        CallAssembler call = new CallAssembler(file, line, VendorFormats.id(root.get("JobName"), fileCallId));
        string(root, "JobName", "at the top level", call, line);
        call.language(string(root, "LanguageCode", "at the top level", call, line));
        call.agentId(VendorFormat.agentOr(null, options));
        VendorFormats.amazonTranscript(root, lines, call, line, "ParticipantRole", (item, where, c, at) -> {
            String role = string(item, "ParticipantRole", where, c, at);
            String speaker = options.speaker(role);
            if (role == null) {
                c.error(at, "missing 'ParticipantRole' " + where + " (expected AGENT or CUSTOMER)");
            } else if (Speaker.parse(speaker).isEmpty()) {
                c.error(at, "unknown ParticipantRole '" + role.strip() + "' " + where + " (expected AGENT or CUSTOMER"
                        + VendorFormats.SPEAKER_VALUES_HINT + ")");
            }
            return speaker;
        });
        return call.build(options);
    }
}
