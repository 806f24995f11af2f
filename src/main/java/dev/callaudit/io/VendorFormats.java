package dev.callaudit.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The platform exports callaudit reads directly, tried in order on a .json file's first 64 KiB. */
final class VendorFormats {
    static final List<VendorFormat> ALL = List.of(
            new TranscribeCallAnalyticsFormat(),
            new ContactLensFormat(),
            new GoogleInsightsFormat(),
            new GenesysTranscriptFormat());

    private VendorFormats() {
    }

    static Optional<VendorFormat> recognize(String head) {
        return ALL.stream().filter(f -> f.recognizes(head)).findFirst();
    }

    // ------------------------------------------------------------ shared by the formats

    /** Ends the reason of an unknown role: the user can say what the export's values mean. */
    static final String SPEAKER_VALUES_HINT = "; map other values with --speaker-values agent=VALUE,customer=VALUE";

    /** Whether {@code head} uses {@code key} as an object key: the quoted name followed by a colon. */
    static boolean hasKey(String head, String key) {
        String quoted = "\"" + key + "\"";
        for (int i = head.indexOf(quoted); i >= 0; i = head.indexOf(quoted, i + 1)) {
            int j = i + quoted.length();
            while (j < head.length() && Character.isWhitespace(head.charAt(j))) {
                j++;
            }
            if (j < head.length() && head.charAt(j) == ':') {
                return true;
            }
        }
        return false;
    }

    /** A callaudit call of our own ("turns", or "call_id" with "speaker"), which no platform format may claim. */
    static boolean canonical(String head) {
        return hasKey(head, "turns") || hasKey(head, "call_id") && hasKey(head, "speaker");
    }

    /**
     * The text of a string or number field; null when it is absent or null. Anything else (an
     * object, an array, true) is reported on {@code call} as malformed, naming the field and where.
     */
    static String string(JsonNode parent, String field, String where, CallAssembler call, int at) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            return v.asText();
        }
        call.error(at, "'" + field + "' " + where + " must be a string, found " + kind(v));
        return null;
    }

    /**
     * A whole, non-negative number (of milliseconds, microseconds...), as a number or a string of
     * digits; null when absent or null. Anything else is reported on {@code call}, naming the field.
     */
    static Long whole(JsonNode parent, String field, String where, CallAssembler call, int at) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return wholeValue(v, field, where, call, at);
    }

    /** {@link #whole} for a value already in hand, named {@code field} in messages. */
    static Long wholeValue(JsonNode v, String field, String where, CallAssembler call, int at) {
        BigDecimal n = null;
        if (v.isNumber()) {
            n = v.decimalValue();
        } else if (v.isTextual() && v.asText().strip().matches("-?\\d+(\\.\\d+)?")) {
            n = new BigDecimal(v.asText().strip());
        }
        if (n == null) {
            call.error(at, "'" + field + "' " + where + " must be a number, found " + kind(v));
            return null;
        }
        try {
            long l = n.longValueExact();
            if (l < 0) {
                call.error(at, "'" + field + "' " + where + " is negative (" + v.asText() + ")");
                return null;
            }
            return l;
        } catch (ArithmeticException e) {
            call.error(at, "'" + field + "' " + where + " is not a whole number (" + v.asText() + ")");
            return null;
        }
    }

    /** The export's array at {@code field}, or null after reporting why there is none on {@code call}. */
    static JsonNode array(JsonNode parent, String field, String expected, CallAssembler call, int at) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            call.error(at, "missing '" + field + "' (expected " + expected + ")");
            return null;
        }
        if (!v.isArray()) {
            call.error(at, "'" + field + "' must be an array (" + expected + "), found " + kind(v));
            return null;
        }
        return v;
    }

    static String kind(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isTextual()) {
            return "the string '" + v.asText() + "'";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The call id a field gives (a string or number), else {@code fallback}: the file's name. */
    static String id(JsonNode v, String fallback) {
        if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
            return v.asText().strip();
        }
        return fallback;
    }

    /** The rejection of a file whose top level is not one object, as every platform's export is. */
    static ReadItem notAnObject(JsonNode root, VendorFormat format, String file, String fileCallId) {
        return new ReadItem.Rejected(file, 1, fileCallId, "expected one JSON object, as every " + format.name()
                + " export is; found " + kind(root));
    }

    static String str(Long v) {
        return v == null ? null : Long.toString(v);
    }

    /** Who spoke one item of a transcript, in the format's own terms; reports its own errors on {@code call}. */
    interface SpeakerOf {
        String speaker(JsonNode item, String where, CallAssembler call, int at);
    }

    /**
     * Amazon's {@code Transcript[]}, shared by Transcribe Call Analytics and Contact Lens: each item has
     * {@code Content} and {@code BeginOffsetMillis} / {@code EndOffsetMillis}; only who spoke differs.
     */
    static void amazonTranscript(JsonNode root, JsonLines lines, CallAssembler call, int line, String expected, SpeakerOf speakerOf) {
        JsonNode transcript = array(root, "Transcript", "the call's turns, each with " + expected + " and Content", call, line);
        if (transcript == null) {
            return;
        }
        for (int i = 0; i < transcript.size(); i++) {
            String where = "in Transcript[" + i + "]";
            int at = lines.at("/Transcript/" + i);
            JsonNode item = transcript.get(i);
            if (!item.isObject()) {
                call.error(at, "Transcript[" + i + "] must be an object with " + expected + " and Content, found " + kind(item));
                continue;
            }
            String speaker = speakerOf.speaker(item, where, call, at);
            String text = string(item, "Content", where, call, at);
            if (text == null) {
                call.error(at, "missing 'Content' " + where + " (expected the text of the turn)");
            }
            Long start = whole(item, "BeginOffsetMillis", where, call, at);
            Long end = whole(item, "EndOffsetMillis", where, call, at);
            call.turn(null, speaker, text, str(start), str(end), at, null);
        }
    }
}
