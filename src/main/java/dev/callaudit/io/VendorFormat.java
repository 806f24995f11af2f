package dev.callaudit.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A speech-analytics platform's export of one call as JSON, recognized by its shape rather than
 * its name, and turned into a call. Adding a platform is a class and one line in {@link VendorFormats}.
 */
interface VendorFormat {

    /** A short name for messages: "amazon-transcribe-call-analytics". */
    String name();

    /** Whether the start of a file (its first 64 KiB) looks like this platform's export. */
    boolean recognizes(String head);

    /**
     * The call in the export.
     *
     * @param lines     the line of every JSON object in the file, by its JSON pointer ("/Transcript/3")
     * @param fileCallId the call id the file name suggests, for exports that carry none
     */
    ReadItem read(JsonNode root, JsonLines lines, String file, String fileCallId, ReadOptions options);

    /** The agent the export names, else --default-agent, else "unassigned" (SPEC.md). */
    static String agentOr(String fromExport, ReadOptions options) {
        if (fromExport != null && !fromExport.isBlank()) {
            return fromExport.strip();
        }
        return options.defaultAgent() == null || options.defaultAgent().isBlank() ? "unassigned" : options.defaultAgent();
    }
}
