package dev.callaudit.report;

import dev.callaudit.cli.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each report format and view against a golden file under report/expected/SCENARIO/. The tool
 * version and the rules hash are masked so the goldens survive releases and rule edits.
 * {@code mvn test -Dgolden.update=true} rewrites them; review the change with git diff.
 */
class ReportGoldenTest {
    private static final Path EXPECTED = Path.of("src/test/resources/report/expected");
    private static final String[] MANY = {"src/test/resources/cli", "src/test/resources/io/invalid-line.jsonl"};
    private static final String[] EMPTY = {"src/test/resources/report/input/empty"};
    /** Timed calls: agents with and without them, a slow answer, a talk-over, times out of order. */
    private static final String[] TIMED = {"src/test/resources/checks/timing/agent-aggregation.jsonl",
            "src/test/resources/checks/timing/bad-timestamps.csv"};

    static Stream<Arguments> reports() {
        List<Arguments> out = new ArrayList<>();
        for (String[] scenario : List.of(MANY, EMPTY, TIMED)) {
            String name = scenario == MANY ? "many" : scenario == EMPTY ? "empty" : "timed";
            for (String view : List.of("agents", "calls", "findings", "rejected")) {
                out.add(Arguments.of(name, scenario, "csv", view, view + ".csv"));
            }
            out.add(Arguments.of(name, scenario, "json", "agents", "report.json"));
            out.add(Arguments.of(name, scenario, "sarif", "agents", "report.sarif"));
            out.add(Arguments.of(name, scenario, "junit", "agents", "report.junit.xml"));
            out.add(Arguments.of(name, scenario, "text", "agents", "report.txt"));
            out.add(Arguments.of(name, scenario, "table", "agents", "agents.txt"));
            out.add(Arguments.of(name, scenario, "table", "findings", "findings.txt"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}/{4}")
    @MethodSource("reports")
    void reportMatchesItsGoldenFile(String scenario, String[] inputs, String format, String view, String golden) throws IOException {
        List<String> args = new ArrayList<>(List.of("audit", "--format", format, "--report", view));
        args.addAll(List.of(inputs));
        String actual = mask(Cli.run(args.toArray(String[]::new)).out());
        Path file = EXPECTED.resolve(scenario).resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + file + " (rewrite with -Dgolden.update=true)");
    }

    static String mask(String report) {
        return report.replaceAll(",[0-9]+\\.[0-9]+\\.[0-9]+[^,\n]*,sha256:", ",<version>,sha256:")
                .replaceAll("sha256:[0-9a-f]{12}", "sha256:<rules-hash>")
                .replaceAll("(callaudit |\"version\" : \")[0-9][^ \"]*", "$1<version>")
                .replaceAll("(name=\"callaudit )[0-9][^ ]*", "$1<version>");
    }
}
