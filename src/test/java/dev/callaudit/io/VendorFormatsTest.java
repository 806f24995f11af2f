package dev.callaudit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opencsv.CSVReader;
import dev.callaudit.cli.Cli;
import dev.callaudit.model.Call;
import dev.callaudit.model.Speaker;
import dev.callaudit.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform exports of src/test/resources/io/vendor: each one, audited through the real CLI,
 * gives the same calls and findings as the same call written in our canonical CSV beside it, and
 * its findings point at the lines of the utterances in the export. Then the edges: speaker values
 * mapped by the user, --default-agent, malformed exports, and our own JSON never taken for a
 * platform's.
 */
class VendorFormatsTest {
    private static final Path VENDOR = Path.of("src/test/resources/io/vendor");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The folder of each platform's fixtures, and the format that must recognize them. */
    private static final Map<String, String> FORMAT_OF_FOLDER = Map.of(
            "transcribe", "amazon-transcribe-call-analytics",
            "contact-lens", "amazon-connect-contact-lens",
            "google-insights", "google-ccai-insights",
            "genesys", "genesys-cloud-transcript");
    /** The field holding an utterance's text, by folder: where a turn's line is looked for. */
    private static final Map<String, String> TEXT_FIELD = Map.of(
            "transcribe", "Content", "contact-lens", "Content", "google-insights", "text", "genesys", "text");

    @TempDir
    Path tmp;

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(VENDOR)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void everyPlatformHasAChineseAndAnEnglishCallWithTheirCanonicalCsv() throws IOException {
        for (String folder : FORMAT_OF_FOLDER.keySet()) {
            List<String> names = fixtures().filter(p -> p.getParent().getFileName().toString().equals(folder))
                    .map(p -> p.getFileName().toString()).toList();
            assertEquals(2, names.size(), folder + ": " + names);
            assertTrue(names.stream().anyMatch(n -> n.startsWith("zh-")) && names.stream().anyMatch(n -> n.startsWith("en-")),
                    folder + ": " + names);
            for (String n : names) {
                assertTrue(Files.exists(canonicalOf(VENDOR.resolve(folder).resolve(n))), folder + "/" + n + " has no canonical CSV");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void isRecognizedByItsOwnFormatOnly(Path fixture) throws IOException {
        String head = head(fixture);
        String expected = FORMAT_OF_FOLDER.get(folderOf(fixture));
        List<String> claimed = VendorFormats.ALL.stream().filter(f -> f.recognizes(head)).map(VendorFormat::name).toList();
        assertEquals(List.of(expected), claimed, fixture.toString());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void auditsLikeTheSameCallInCanonicalCsv(Path fixture) throws IOException {
        JsonNode vendor = audit(fixture);
        JsonNode canonical = audit(canonicalOf(fixture));
        assertEquals(0, vendor.path("rejected").size(), vendor.path("rejected").toString());
        assertEquals(0, canonical.path("rejected").size(), canonical.path("rejected").toString());
        assertEquals(1, vendor.path("calls").size());
        assertEquals(1, canonical.path("calls").size());

        JsonNode call = vendor.path("calls").get(0);
        assertEquals(stageStatuses(canonical), stageStatuses(vendor), fixture.toString());
        assertEquals(withoutPlace(canonical.path("calls").get(0)), withoutPlace(call), fixture + ": the call");
        assertEquals(findings(canonical), findings(vendor), fixture + ": the findings");

        if (fixture.getFileName().toString().startsWith("zh-")) {
            assertEquals("zh-CN", call.path("pack").asText());
            assertTrue(stageStatuses(vendor).containsValue("fail"), fixture + " misses a stage: " + stageStatuses(vendor));
            boolean notMyJob = false;
            for (JsonNode f : vendor.path("findings")) {
                notMyJob |= f.path("rule").asText().equals("zh-not-my-job") && f.path("match").asText().equals("不归我管");
            }
            assertTrue(notMyJob, fixture + " says 这事不归我管: " + vendor.path("findings"));
        } else {
            assertEquals("en", call.path("pack").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void findingsAndTurnsPointAtTheLineOfTheirUtterance(Path fixture) throws IOException {
        List<String> texts = canonicalTexts(canonicalOf(fixture));
        List<Integer> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(lineOfUtterance(fixture, TEXT_FIELD.get(folderOf(fixture)), text));
        }

        Call call = readOne(fixture, options(null, Map.of())).call();
        assertEquals(expected, call.turns().stream().map(Turn::line).toList(), fixture.toString());

        JsonNode report = audit(fixture);
        for (JsonNode f : report.path("findings")) {
            assertEquals(fixture.toString(), f.path("file").asText());
            if (!f.path("turn").isNull()) {
                assertEquals(expected.get(f.path("turn").asInt() - 1).intValue(), f.path("line").asInt(), f.toString());
            }
        }
    }

    @Test
    void speakerValuesMapAGoogleExportsNumberedRoles() throws IOException {
        String original = Files.readString(VENDOR.resolve("google-insights/en-account-locked.json"), UTF_8);
        Path file = write("numbered-roles.json", original.replace("\"role\": \"AGENT\"", "\"role\": \"1\"")
                .replace("\"role\": \"CUSTOMER\"", "\"role\": \"2\""));
        JsonNode export = JSON.readTree(file.toFile());

        ReadItem.Accepted read = readOne(file, new ReadOptions(UTF_8, null, w -> { }, Map.of(), Map.of("1", "agent", "2", "customer"), (char) 0));
        Call call = read.call();
        List<Speaker> expected = new ArrayList<>();
        for (JsonNode e : export.path("entries")) {
            expected.add(e.path("role").asText().equals("1") ? Speaker.AGENT : Speaker.CUSTOMER);
        }
        assertEquals(expected, call.turns().stream().map(Turn::speaker).toList());
        assertEquals("31877", call.agentId(), "the user_id of the mapped agent's messages");
        assertEquals("numbered-roles", call.callId(), "no name in the export: the file's");

        ReadItem.Rejected unmapped = rejected(file, options(null, Map.of()));
        assertTrue(unmapped.reason().startsWith("unknown role '1' in entries[0]"), unmapped.reason());
        assertTrue(unmapped.reason().contains("--speaker-values"), "the reason says how to map them: " + unmapped.reason());
        assertEquals(lineOfUtterance(file, "text", export.path("entries").get(0).path("text").asText()), unmapped.line());

        // and through the command line, as a user would say it
        JsonNode viaCli = audit(file, "--speaker-values", "agent=1,customer=2");
        assertEquals(0, viaCli.path("rejected").size(), viaCli.path("rejected").toString());
        assertEquals("31877", viaCli.path("calls").get(0).path("agent_id").asText());
        assertEquals(stageStatuses(audit(VENDOR.resolve("google-insights/en-account-locked.json"))), stageStatuses(viaCli));
    }

    @Test
    void googleRolesOfTheDocumentationAreBothSidesAndABotNamesNoAgent() throws IOException {
        Path file = write("roles.json", """
                {
                  "name": "projects/p/locations/us-central1/conversations/77310",
                  "entries": [
                    {"start_timestamp_usec": 1500999, "text": "Welcome to Fabrikam.", "role": "AUTOMATED_AGENT", "user_id": 9},
                    {"start_timestamp_usec": 4000000, "text": "Hi, I need help with my order.", "role": "END_USER", "user_id": 1},
                    {"start_timestamp_usec": 7000000, "text": "Hello, this is Maria, how can I help?", "role": "HUMAN_AGENT", "user_id": 44},
                    {"start_timestamp_usec": 9000000, "text": "My order never arrived.", "role": "CUSTOMER", "user_id": 1}
                  ]
                }
                """);
        Call call = readOne(file, options(null, Map.of())).call();
        assertEquals("77310", call.callId(), "the last segment of the resource name");
        assertEquals(List.of(Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER),
                call.turns().stream().map(Turn::speaker).toList());
        assertEquals("44", call.agentId(), "the bot's user_id is not an agent");
        assertEquals(1500L, call.turns().get(0).startMs(), "microseconds to milliseconds, rounded down");
        assertNull(call.turns().get(0).endMs(), "the format has no end time");
    }

    @Test
    void anExportWithoutAnAgentTakesDefaultAgent() throws IOException {
        for (String fixture : List.of("transcribe/zh-broadband-install.json", "contact-lens/en-close-account.json")) {
            JsonNode r = audit(VENDOR.resolve(fixture), "--default-agent", "A9");
            assertEquals("A9", r.path("calls").get(0).path("agent_id").asText(), fixture);
            assertEquals("A9", r.path("agents").get(0).path("agent_id").asText(), fixture);
            assertEquals("unassigned", audit(VENDOR.resolve(fixture)).path("calls").get(0).path("agent_id").asText(), fixture);
        }
        JsonNode named = audit(VENDOR.resolve("genesys/en-power-outage.json"), "--default-agent", "A9");
        assertEquals("c3d5e7f9-1a2b-4c6d-8e0f-7a9b1c3d5e6f", named.path("calls").get(0).path("agent_id").asText(),
                "the export's own agent wins over --default-agent");
    }

    @Test
    void contactLensJoinsParticipantIdsAndTakesTheAgentsOwnIdAsAgent() throws IOException {
        Call call = readOne(VENDOR.resolve("contact-lens/zh-value-added-charge.json"), options("A9", Map.of())).call();
        assertEquals("8e2f4a61-7c3d-4b9e-a5f0-1d6c2b7e9a34", call.agentId());
        assertEquals("6f1d0c9e-3b1a-4c55-9e0b-2a7f4d1e8c31", call.callId(), "CustomerMetadata.ContactId");
        JsonNode export = JSON.readTree(VENDOR.resolve("contact-lens/zh-value-added-charge.json").toFile());
        List<String> ids = new ArrayList<>();
        export.path("Transcript").forEach(t -> ids.add(t.path("ParticipantId").asText()));
        assertTrue(ids.contains("AGENT") && ids.contains("8e2f4a61-7c3d-4b9e-a5f0-1d6c2b7e9a34"),
                "the fixture mixes the agent's id and AGENT, as the official sample does: " + ids);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(i).equals("CUSTOMER") ? Speaker.CUSTOMER : Speaker.AGENT, call.turns().get(i).speaker(), "turn " + (i + 1));
        }
    }

    @Test
    void genesysDurationMayBeAPlainNumberAndPurposesGoThroughSpeakerValues() throws IOException {
        Path file = write("genesys-plain.json", """
                {
                  "conversationId": "9d2c6a1e-0000-4000-a000-000000000001",
                  "mediaType": "call",
                  "transcripts": [
                    {
                      "language": "en-US",
                      "phrases": [
                        {"participantPurpose": "agent", "text": "Thanks for calling, how can I help?", "startTimeMs": 1000, "duration": 2500},
                        {"participantPurpose": "customer", "text": "My bill is wrong.", "startTimeMs": 4000, "duration": {"milliseconds": 1800}},
                        {"participantPurpose": "ivr", "text": "Please rate this call.", "startTimeMs": 9000}
                      ]
                    }
                  ]
                }
                """);
        ReadItem.Rejected ivr = rejected(file, options(null, Map.of()));
        assertTrue(ivr.reason().startsWith("unknown participantPurpose 'ivr' in transcripts[0].phrases[2]"), ivr.reason());

        Call call = readOne(file, options(null, Map.of("ivr", "agent"))).call();
        assertEquals(List.of(3500L, 5800L), call.turns().subList(0, 2).stream().map(Turn::endMs).toList());
        assertNull(call.turns().get(2).endMs(), "no duration, no end");
        assertEquals("unassigned", call.agentId(), "no participants: no agent named");
        assertEquals("en-US", call.language());
    }

    // ------------------------------------------------------------------ malformed exports

    @Test
    void aTranscriptThatIsNotAnArrayIsRejectedWithAReason() throws IOException {
        Path file = write("not-an-array.json", """
                {
                  "JobName": "broken-1",
                  "LanguageCode": "en-US",
                  "Transcript": {"ParticipantRole": "AGENT", "Content": "Hello.", "BeginOffsetMillis": 0, "EndOffsetMillis": 900}
                }
                """);
        ReadItem.Rejected r = rejected(file, options(null, Map.of()));
        assertEquals("broken-1", r.callId());
        assertEquals(1, r.line());
        assertTrue(r.reason().startsWith("'Transcript' must be an array"), r.reason());
        assertTrue(r.reason().endsWith("found an object"), r.reason());

        JsonNode report = audit(file);
        assertEquals(0, report.path("calls").size());
        assertEquals(r.reason(), report.path("rejected").get(0).path("reason").asText(), "the CLI reports the same reason");
    }

    /** Each malformed export, the reason its rejection must start with, and the text of the item it must point at. */
    static Stream<String[]> malformed() {
        return Stream.of(
                new String[] {"transcribe-no-content.json", """
                        {"JobName": "t1", "Transcript": [
                          {"ParticipantRole": "AGENT", "Content": "Hello.", "BeginOffsetMillis": 0, "EndOffsetMillis": 900},
                          {"ParticipantRole": "CUSTOMER", "BeginOffsetMillis": 1000, "EndOffsetMillis": 1900}
                        ]}
                        """, "missing 'Content' in Transcript[1] (expected the text of the turn)", "\"CUSTOMER\", \"BeginOffsetMillis\": 1000"},
                new String[] {"transcribe-role.json", """
                        {"JobName": "t2", "Transcript": [
                          {"ParticipantRole": "AGENT", "Content": "Hello.", "BeginOffsetMillis": 0, "EndOffsetMillis": 900},
                          {"ParticipantRole": "SUPERVISOR", "Content": "Hi.", "BeginOffsetMillis": 1000, "EndOffsetMillis": 1900}
                        ]}
                        """, "unknown ParticipantRole 'SUPERVISOR' in Transcript[1] (expected AGENT or CUSTOMER; map other values with --speaker-values",
                        "SUPERVISOR"},
                new String[] {"transcribe-time.json", """
                        {"JobName": "t3", "Transcript": [
                          {"ParticipantRole": "AGENT", "Content": "Hello.", "BeginOffsetMillis": 12.5, "EndOffsetMillis": 900}
                        ]}
                        """, "'BeginOffsetMillis' in Transcript[0] is not a whole number (12.5)", "12.5"},
                new String[] {"contact-lens-id.json", """
                        {"CustomerMetadata": {"ContactId": "c1"},
                         "Participants": [{"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}, {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"}],
                         "Transcript": [
                          {"BeginOffsetMillis": 0, "Content": "Hello.", "EndOffsetMillis": 900, "ParticipantId": "AGENT"},
                          {"BeginOffsetMillis": 1000, "Content": "Hi.", "EndOffsetMillis": 1900, "ParticipantId": "7c1f"}
                        ]}
                        """, "ParticipantId '7c1f' in Transcript[1] is not in Participants [AGENT, CUSTOMER] and is not AGENT or CUSTOMER", "7c1f"},
                new String[] {"contact-lens-transcript.json", """
                        {"CustomerMetadata": {"ContactId": "c2"},
                         "Participants": [{"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}],
                         "Transcript": "redacted"}
                        """, "'Transcript' must be an array", "\"CustomerMetadata\""},
                new String[] {"google-no-text.json", """
                        {"entries": [
                          {"start_timestamp_usec": 1000000, "text": "Hello.", "role": "AGENT", "user_id": 2},
                          {"start_timestamp_usec": 2000000, "role": "CUSTOMER", "user_id": 1}
                        ]}
                        """, "missing 'text' in entries[1] (expected the text of the message)", "2000000"},
                new String[] {"google-entries.json", """
                        {"entries": {"start_timestamp_usec": 1000000, "text": "Hello.", "role": "AGENT", "user_id": 2}}
                        """, "'entries' must be an array", "\"entries\""},
                new String[] {"genesys-phrases.json", """
                        {"conversationId": "g1", "transcripts": [
                          {"language": "en-US", "phrases": {"participantPurpose": "internal", "text": "Hello."}}
                        ]}
                        """, "'phrases' must be an array", "\"language\""},
                new String[] {"genesys-no-transcripts.json", """
                        {"conversationId": "g2", "phrases": [], "participantPurpose": "internal"}
                        """, "missing 'transcripts' (expected the transcripts of the communication, each with phrases)", "\"conversationId\""});
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedExportIsRejectedNamingWhatWasExpected(String name, String json, String reason, String lineMarker) throws IOException {
        Path file = write(name, json);
        assertTrue(VendorFormats.recognize(json).isPresent(), name + " is still recognized as its platform's");
        ReadItem.Rejected r = rejected(file, options(null, Map.of()));
        assertTrue(r.reason().startsWith(reason), name + ": " + r.reason());
        assertEquals(lineContaining(file, lineMarker), r.line(), name + ": " + r.reason());
    }

    @Test
    void aFileThatIsNotOneObjectIsRejected() throws IOException {
        Path file = write("array.json", "[{\"ParticipantRole\": \"AGENT\", \"BeginOffsetMillis\": 0, \"Content\": \"Hi.\"}]\n");
        ReadItem.Rejected r = rejected(file, options(null, Map.of()));
        assertEquals("expected one JSON object, as every amazon-transcribe-call-analytics export is; found an array", r.reason());
    }

    // ------------------------------------------------------------------ our own JSON

    @Test
    void canonicalCallauditJsonIsNeverTakenForAPlatformExport() throws IOException {
        for (String own : List.of("io/single.json", "io/array.json", "io/wrapper.json", "io/broken-document.json")) {
            Path p = Path.of("src/test/resources").resolve(own);
            assertTrue(VendorFormats.recognize(head(p)).isEmpty(), own);
        }
        String withVendorWords = """
                {"call_id": "x1", "agent_id": "A1", "turns": [
                  {"speaker": "agent", "text": "Hello.", "ParticipantRole": "AGENT", "BeginOffsetMillis": 0,
                   "Participants": [], "ParticipantId": "AGENT", "entries": [], "start_timestamp_usec": 0,
                   "phrases": [], "participantPurpose": "agent"}]}
                """;
        assertTrue(VendorFormats.recognize(withVendorWords).isEmpty(), "a call of ours with the platforms' key names in it");
        Call s1 = readOne(Path.of("src/test/resources/io/single.json"), options(null, Map.of())).call();
        assertEquals("s1", s1.callId());
    }

    @Test
    void keysAreMatchedAsKeysNotAsWordsInText() {
        String head = "{\"Transcript\": [{\"Content\": \"say \\\"ParticipantRole\\\" and BeginOffsetMillis\"}]}";
        assertFalse(VendorFormats.hasKey(head, "ParticipantRole"));
        assertFalse(VendorFormats.hasKey(head, "BeginOffsetMillis"));
        assertTrue(VendorFormats.hasKey("{\"entries\" :\n []}", "entries"));
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode audit(Path file, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("audit", "--format", "json"));
        args.addAll(List.of(extra));
        args.add(file.toString());
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertTrue(r.exitCode() == 0 || r.exitCode() == 3, r.toString());
        assertNotNull(r.out(), r.toString());
        return JSON.readTree(r.out());
    }

    private static Map<String, String> stageStatuses(JsonNode report) {
        Map<String, String> out = new LinkedHashMap<>();
        report.path("calls").get(0).path("stages").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("status").asText()));
        return out;
    }

    private static List<JsonNode> findings(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        report.path("findings").forEach(f -> out.add(withoutPlace(f)));
        return out;
    }

    /** A call or finding without its file and line, which differ between an export and its CSV. */
    private static JsonNode withoutPlace(JsonNode n) {
        ObjectNode copy = n.deepCopy();
        copy.remove("file");
        copy.remove("line");
        return copy;
    }

    private static Path canonicalOf(Path fixture) {
        String name = fixture.getFileName().toString();
        return fixture.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".canonical.csv");
    }

    private static String folderOf(Path fixture) {
        return fixture.getParent().getFileName().toString();
    }

    private static String head(Path p) throws IOException {
        String s = Files.readString(p, UTF_8);
        return s.length() > (1 << 16) ? s.substring(0, 1 << 16) : s;
    }

    private static List<String> canonicalTexts(Path csv) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, UTF_8); CSVReader r = new CSVReader(in)) {
            String[] header = r.readNext();
            int text = List.of(header).indexOf("text");
            for (String[] row; (row = r.readNext()) != null; ) {
                texts.add(row[text]);
            }
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
        return texts;
    }

    /**
     * The line where the object holding {@code "field": text} opens: found in the file's text, not
     * through the reader, by going up from the field to the nearest line that opens an object.
     */
    private static int lineOfUtterance(Path file, String field, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, UTF_8);
        String needle = JSON.writeValueAsString(field) + ": " + JSON.writeValueAsString(text);
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                assertEquals(-1, found, "the fixture says " + needle + " once");
                found = i;
            }
        }
        assertTrue(found >= 0, file + " has no " + needle);
        for (int i = found; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (l.equals("{") || l.startsWith("{\"")) {
                return i + 1;
            }
        }
        throw new AssertionError("no object opens above " + needle);
    }

    private static int lineContaining(Path file, String marker) throws IOException {
        List<String> lines = Files.readAllLines(file, UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no " + marker);
    }

    private Path write(String name, String json) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, json, UTF_8);
        return p;
    }

    private static ReadOptions options(String defaultAgent, Map<String, String> speakerValues) {
        Consumer<String> warnings = w -> { };
        return new ReadOptions(UTF_8, defaultAgent, warnings, Map.of(), speakerValues, (char) 0);
    }

    private static List<ReadItem> read(Path file, ReadOptions options) throws IOException {
        List<ReadItem> items = new ArrayList<>();
        try (CallStream s = new JsonTranscriptReader().open(InputSource.file(file.toString(), file), options)) {
            for (ReadItem item; (item = s.next()) != null; ) {
                items.add(item);
            }
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return items;
    }

    private static ReadItem.Accepted readOne(Path file, ReadOptions options) throws IOException {
        List<ReadItem> items = read(file, options);
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0) instanceof ReadItem.Accepted, items.toString());
        return (ReadItem.Accepted) items.get(0);
    }

    private static ReadItem.Rejected rejected(Path file, ReadOptions options) throws IOException {
        List<ReadItem> items = read(file, options);
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0) instanceof ReadItem.Rejected, items.toString());
        return (ReadItem.Rejected) items.get(0);
    }
}
