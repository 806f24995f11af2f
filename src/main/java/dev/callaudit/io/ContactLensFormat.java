package dev.callaudit.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.callaudit.model.Speaker;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.callaudit.io.VendorFormats.array;
import static dev.callaudit.io.VendorFormats.hasKey;
import static dev.callaudit.io.VendorFormats.string;

/**
 * Amazon Connect Contact Lens post-call output (awsdocs amazon-connect-admin-guide,
 * contact-lens-example-output-files.md): {@code Participants} ({@code ParticipantId},
 * {@code ParticipantRole}), a {@code Transcript} array whose turns name their speaker by
 * {@code ParticipantId} only, with {@code Content}, {@code BeginOffsetMillis},
 * {@code EndOffsetMillis} (and {@code LoudnessScore}, {@code Redaction}, not read),
 * {@code CustomerMetadata.ContactId} and {@code LanguageCode}.
 *
 * <p>A turn's role is its ParticipantId looked up in Participants. The official sample mixes the
 * agent's own id and the literal "AGENT" (and "CUSTOMER") in the same file, so an id that is not in
 * Participants is read as a role itself. An AGENT participant whose id is not literally "AGENT" names
 * the agent: that id is the call's agent_id.
 */
final class ContactLensFormat implements VendorFormat {

    @Override
    public String name() {
        return "amazon-connect-contact-lens";
    }

    @Override
    public boolean recognizes(String head) {
        return !VendorFormats.canonical(head) && hasKey(head, "Participants") && hasKey(head, "ParticipantId");
    }

    @Override
    public ReadItem read(JsonNode root, JsonLines lines, String file, String fileCallId, ReadOptions options) {
        if (!root.isObject()) {
            return VendorFormats.notAnObject(root, this, file, fileCallId);
        }
        int line = lines.at("");
        JsonNode metadata = root.path("CustomerMetadata");
        CallAssembler call = new CallAssembler(file, line, VendorFormats.id(metadata.get("ContactId"), fileCallId));
        if (metadata.isObject()) {
            string(metadata, "ContactId", "in CustomerMetadata", call, line);
        }
        call.language(string(root, "LanguageCode", "at the top level", call, line));

        Map<String, String> roles = new LinkedHashMap<>();
        String agentId = null;
        JsonNode participants = array(root, "Participants", "each ParticipantId with its ParticipantRole", call, line);
        if (participants != null) {
            for (int i = 0; i < participants.size(); i++) {
                String where = "in Participants[" + i + "]";
                int at = lines.at("/Participants/" + i);
                JsonNode p = participants.get(i);
                if (!p.isObject()) {
                    call.error(at, "Participants[" + i + "] must be an object with ParticipantId and ParticipantRole, found "
                            + VendorFormats.kind(p));
                    continue;
                }
                String id = string(p, "ParticipantId", where, call, at);
                String role = string(p, "ParticipantRole", where, call, at);
                if (id == null || id.isBlank()) {
                    call.error(at, "missing 'ParticipantId' " + where);
                    continue;
                }
                if (role == null || role.isBlank()) {
                    call.error(at, "missing 'ParticipantRole' " + where + " (expected AGENT or CUSTOMER)");
                    continue;
                }
                roles.putIfAbsent(id.strip(), role.strip());
                boolean agent = Speaker.parse(options.speaker(role)).orElse(null) == Speaker.AGENT;
                if (agent && agentId == null && !id.strip().equalsIgnoreCase("AGENT")) {
                    agentId = id.strip();
                }
            }
        }
        call.agentId(VendorFormat.agentOr(agentId, options));

        VendorFormats.amazonTranscript(root, lines, call, line, "ParticipantId", (item, where, c, at) -> {
            String id = string(item, "ParticipantId", where, c, at);
            if (id == null || id.isBlank()) {
                c.error(at, "missing 'ParticipantId' " + where + " (expected one listed in Participants)");
                return null;
            }
            String role = roles.getOrDefault(id.strip(), id.strip());
            String speaker = options.speaker(role);
            if (Speaker.parse(speaker).isEmpty()) {
                c.error(at, roles.containsKey(id.strip())
                        ? "unknown ParticipantRole '" + role + "' of ParticipantId '" + id.strip() + "' " + where
                                + " (expected AGENT or CUSTOMER" + VendorFormats.SPEAKER_VALUES_HINT + ")"
                        : "ParticipantId '" + id.strip() + "' " + where + " is not in Participants "
                                + roles.keySet() + " and is not AGENT or CUSTOMER" + VendorFormats.SPEAKER_VALUES_HINT);
            }
            return speaker;
        });
        return call.build(options);
    }
}
