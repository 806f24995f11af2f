package dev.callaudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.callaudit.TestSupport;
import dev.callaudit.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The formats CI servers read, as those servers would: SARIF against its schema, JUnit XML parsed. */
class CiFormatsTest {
    private static final String[] INPUTS = {"src/test/resources/cli", "src/test/resources/io/invalid-line.jsonl"};

    private static String run(String format, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("audit", "--format", format));
        args.addAll(List.of(more));
        args.addAll(List.of(INPUTS));
        return Cli.run(args.toArray(String[]::new)).out();
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(TestSupport.resource("report/sarif/sarif-schema-2.1.0.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        for (String[] extra : List.of(new String[0], new String[] {"--timestamp"})) {
            JsonNode sarif = new ObjectMapper().readTree(run("sarif", extra));
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertEquals(Set.of(), errors);
            JsonNode results = sarif.at("/runs/0/results");
            assertEquals(15, results.size(), "one result per finding");
            JsonNode first = results.get(0);
            assertEquals("src/test/resources/cli/one-bad-call.csv", first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
            assertEquals(2, first.at("/locations/0/physicalLocation/region/startLine").asInt());
            JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
            JsonNode dontKnow = null;
            for (JsonNode r : rules) {
                if (r.get("id").asText().equals("zh-dont-know")) {
                    dontKnow = r;
                }
            }
            assertTrue(dontKnow != null && dontKnow.at("/help/text").asText().contains("请您稍等一下,我帮您核实"), String.valueOf(dontKnow));
            assertEquals(2, sarif.at("/runs/0/invocations/0/toolExecutionNotifications").size(), "rejected records");
        }
    }

    @Test
    void junitXmlHasOneTestCasePerCallAndFailsTheCallsThatFailed() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run("junit").getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("7", root.getAttribute("tests"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(7, cases.getLength(), "5 calls and 2 rejected records");
        assertEquals(3, doc.getElementsByTagName("failure").getLength());
        assertEquals(2, doc.getElementsByTagName("error").getLength());
        Element b1 = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals("b1")) {
                b1 = c;
            }
        }
        assertTrue(b1 != null && b1.getElementsByTagName("failure").item(0).getTextContent().contains("zh-dont-know"));
    }

    @Test
    void everyFormatMasksNumbersUnlessNoRedact() {
        for (String format : List.of("sarif", "junit", "csv", "json")) {
            String masked = run(format, "--report", "findings");
            assertFalse(masked.contains("13812345678"), format);
            assertTrue(masked.contains("*******5678"), format + ": " + masked);
            assertTrue(run(format, "--report", "findings", "--no-redact").contains("13812345678"), format);
        }
        assertFalse(run("text").contains("13812345678"), "linter lines quote the match, never the raw number");
    }

    @Test
    void outDirWritesEveryReportAtomicallyAndSaysWhere(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("night");
        Cli.Result r = Cli.run("audit", "--out-dir", reports.toString(), "samples");
        assertEquals(0, r.exitCode(), r.toString());
        try (var files = Files.list(reports)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("agents.csv", "calls.csv", "findings.csv", "rejected.csv", "report.json",
                    "report.sarif", "report.junit.xml")), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), "no temporary file left: " + names);
        }
        assertTrue(r.err().contains("callaudit: wrote ") && r.err().contains(reports.toString()), r.err());
        Cli.Result subset = Cli.run("audit", "--out-dir", dir.resolve("ci").toString(), "--format", "sarif,junit", "samples");
        try (var files = Files.list(dir.resolve("ci"))) {
            assertEquals(List.of("report.junit.xml", "report.sarif"), files.map(p -> p.getFileName().toString()).sorted().toList(), subset.err());
        }
    }

    @Test
    void spreadsheetFormulasInTranscriptsAreDefusedInCsvButNotInJson() {
        String csv = Cli.run("audit", "--format", "csv", "--report", "findings", "src/test/resources/report/input/hostile/formulas.csv").out();
        for (String line : csv.lines().skip(1).toList()) {
            for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(c.startsWith("=") || c.startsWith("@") || c.startsWith("+") || (c.startsWith("-") && c.length() > 1 && !c.matches("-?\\d+")),
                        "cell runs as a formula: " + cell);
            }
        }
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        String json = Cli.run("audit", "--format", "json", "src/test/resources/report/input/hostile/formulas.csv").out();
        assertTrue(json.contains("\"call_id\" : \"=HYPERLINK("), "JSON keeps the text as it was");
    }

    @Test
    void failUnderPerAgentMeasuresAgentMeans() {
        Cli.Result perCall = Cli.run("audit", "--fail-under", "50", "samples");
        assertEquals(1, perCall.exitCode(), "c-2002 scores below 50");
        Cli.Result perAgent = Cli.run("audit", "--fail-under", "50", "--per", "agent", "samples");
        assertEquals(0, perAgent.exitCode(), "every agent's mean is above 50: " + perAgent.err());
        Cli.Result strict = Cli.run("audit", "--fail-under", "70", "--per", "agent", "samples");
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("agent") && strict.err().contains("A04"), strict.err());
    }

    @Test
    void timesAppearOnlyWhenAskedFor() {
        assertFalse(run("json").contains("generated_at"));
        assertFalse(run("junit").contains("timestamp="));
        assertTrue(run("junit", "--timestamp").contains("timestamp="));
    }
}
