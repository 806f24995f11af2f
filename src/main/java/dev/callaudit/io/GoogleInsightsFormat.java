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
 * Google Contact Center AI Insights conversation data format
 * (cloud.google.com/contact-center/insights/docs/conversation-data-format): an {@code entries}
 * array of messages with {@code text}, {@code user_id}, {@code role} and
 * {@code start_timestamp_usec}, plus an optional {@code conversation_info} (categories, not read).
 *
 * <p>Times are microseconds and become milliseconds (rounded down); there is no end time, so turns
 * have none. Roles AGENT, HUMAN_AGENT and AUTOMATED_AGENT are the agent's side, CUSTOMER and
 * END_USER the customer's. The {@code user_id} of a human agent's message names the agent (each
 * participant keeps one user_id across conversations); a bot's does not. The format carries no call
 * id: a top-level {@code name} (an Insights resource name, of which the last segment is kept) gives
 * one, else the file's name does.
 */
final class GoogleInsightsFormat implements VendorFormat {
    private static final Map<String, String> ROLES = Map.of(
            "AGENT", "agent", "HUMAN_AGENT", "agent", "AUTOMATED_AGENT", "agent",
            "CUSTOMER", "customer", "END_USER", "customer");

    @Override
    public String name() {
        return "google-ccai-insights";
    }

    @Override
    public boolean recognizes(String head) {
        return !VendorFormats.canonical(head) && hasKey(head, "entries") && hasKey(head, "start_timestamp_usec");
    }

    @Override
    public ReadItem read(JsonNode root, JsonLines lines, String file, String fileCallId, ReadOptions options) {
        if (!root.isObject()) {
            return VendorFormats.notAnObject(root, this, file, fileCallId);
        }
        int line = lines.at("");
        String name = VendorFormats.id(root.get("name"), null);
        String callId = name == null ? fileCallId : name.substring(name.lastIndexOf('/') + 1);
        CallAssembler call = new CallAssembler(file, line, callId.isBlank() ? fileCallId : callId);
        string(root, "name", "at the top level", call, line);
        call.agentId(VendorFormat.agentOr(null, options));

        JsonNode entries = array(root, "entries", "the conversation's messages, each with role and text", call, line);
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                String where = "in entries[" + i + "]";
                int at = lines.at("/entries/" + i);
                JsonNode entry = entries.get(i);
                if (!entry.isObject()) {
                    call.error(at, "entries[" + i + "] must be an object with role and text, found " + VendorFormats.kind(entry));
                    continue;
                }
                String role = string(entry, "role", where, call, at);
                String speaker = null;
                if (role == null || role.isBlank()) {
                    call.error(at, "missing 'role' " + where + " (expected AGENT, HUMAN_AGENT, AUTOMATED_AGENT, CUSTOMER or END_USER" + VendorFormats.SPEAKER_VALUES_HINT + ")");
                } else {
                    String mapped = options.speaker(role).strip();
                    speaker = ROLES.getOrDefault(mapped.toUpperCase(Locale.ROOT), mapped);
                    if (Speaker.parse(speaker).isEmpty()) {
                        call.error(at, "unknown role '" + role.strip() + "' " + where
                                + " (expected AGENT, HUMAN_AGENT, AUTOMATED_AGENT, CUSTOMER or END_USER" + VendorFormats.SPEAKER_VALUES_HINT + ")");
                    }
                }
                String text = string(entry, "text", where, call, at);
                if (text == null) {
                    call.error(at, "missing 'text' " + where + " (expected the text of the message)");
                }
                String userId = string(entry, "user_id", where, call, at);
                boolean humanAgent = Speaker.parse(speaker).orElse(null) == Speaker.AGENT
                        && !"AUTOMATED_AGENT".equalsIgnoreCase(role == null ? "" : role.strip());
                Long usec = whole(entry, "start_timestamp_usec", where, call, at);
                call.turn(null, speaker, text, str(usec == null ? null : usec / 1000), null, at, humanAgent ? userId : null);
            }
        }
        return call.build(options);
    }
}
