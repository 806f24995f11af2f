package dev.callaudit.report;

import com.opencsv.CSVReader;
import dev.callaudit.cli.Cli;
import dev.callaudit.engine.RunResult;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timing figures where managers read them: the per-agent CSV and the HTML report's agents table. */
class TimingColumnsTest {
    private static final String TIMED = "src/test/resources/checks/timing/agent-aggregation.jsonl";
    private static final List<String> TIMING_COLUMNS = List.of("timed_calls", "median_latency_s", "p90_latency_s",
            "syllables_per_min", "words_per_min", "talk_share", "talk_overs_per_call", "dead_air_per_call");

    /** Rows of a CSV report by the value of {@code key}, each as column name -> value. */
    private static Map<String, Map<String, String>> csv(String text, String key) throws Exception {
        List<String[]> rows = new CSVReader(new StringReader(text)).readAll();
        String[] header = rows.get(0);
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                cells.put(header[i], row[i]);
            }
            out.put(cells.get(key), cells);
        }
        return out;
    }

    @Test
    void thePerAgentCsvHasTheTimingColumnsAfterTheOldOnes() throws Exception {
        Cli.Result r = Cli.run("audit", "--format", "csv", TIMED);
        assertEquals(0, r.exitCode(), r.toString());
        String header = r.out().lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("agent_id,agent_name,calls,mean_score,min_score,pass_rate,opening_rate,caller_name_rate,"
                + "confirmation_rate,anything_else_rate,closing_rate,forbidden_per_call,top_phrases," + String.join(",", TIMING_COLUMNS)),
                "columns are only added, after the existing ones: " + header);
        Map<String, Map<String, String>> agents = csv(r.out(), "agent_id");
        Map<String, String> a01 = agents.get("A01");
        assertEquals("3", a01.get("timed_calls"));
        assertEquals("2.0", a01.get("median_latency_s"));
        assertEquals("12.0", a01.get("p90_latency_s"));
        assertEquals("150.0", a01.get("syllables_per_min"));
        assertEquals("", a01.get("words_per_min"));
        assertTrue(a01.get("talk_share").matches("0\\.\\d{3}"), a01.get("talk_share"));
        assertEquals("0.000", a01.get("talk_overs_per_call"));
        assertEquals("0.000", a01.get("dead_air_per_call"));
        assertEquals("150.0", agents.get("E01").get("words_per_min"), "English is timed in words a minute");
        Map<String, String> k01 = agents.get("K01");
        assertEquals("0", k01.get("timed_calls"));
        for (String c : TIMING_COLUMNS.subList(1, TIMING_COLUMNS.size())) {
            assertEquals("", k01.get(c), c + " is empty for an agent without timed calls");
        }
    }

    @Test
    void theCallsCsvSaysWhichCallsWereTimed() throws Exception {
        Cli.Result r = Cli.run("audit", "--format", "csv", "--report", "calls", TIMED);
        Map<String, Map<String, String>> calls = csv(r.out(), "call_id");
        assertEquals("timed", calls.get("a01-call-3").get("timing"));
        assertEquals("12.0", calls.get("a01-call-3").get("median_latency_s"));
        assertEquals("untimed", calls.get("k01-no-times").get("timing"));
        assertEquals("", calls.get("k01-no-times").get("talk_share"));
    }

    @Test
    void theHtmlAgentsTableShowsTheTimingFigures() {
        RunResult run = HtmlReportWriterTest.run(TIMED);
        String page = HtmlReportWriterTest.html(run);
        int table = page.indexOf("<table class=\"sortable agents\">");
        String agents = page.substring(table, page.indexOf("</table>", table));
        for (String c : TIMING_COLUMNS) {
            assertTrue(agents.contains("data-col=\"" + c + "\""), c);
        }
        Matcher a01 = Pattern.compile("<tr><td>A01</td>(.*?)</tr>").matcher(agents);
        assertTrue(a01.find(), agents);
        List<String> cells = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(a01.group(0)).results().map(m -> m.group(1)).toList();
        int median = 13 + 1; // agent_id .. top_phrases are 13 columns, then timed_calls
        assertEquals("3", cells.get(13));
        assertEquals("2.0", cells.get(median));
        assertEquals("12.0", cells.get(median + 1));
        Matcher k01 = Pattern.compile("<tr><td>K01</td>(.*?)</tr>").matcher(agents);
        assertTrue(k01.find());
        assertTrue(k01.group(0).endsWith("<td class=\"num\">0</td>" + "<td class=\"num\"></td>".repeat(7) + "</tr>"), k01.group(0));
        assertTrue(page.contains("Timing checks skipped for 1 call without timestamps"), "said once, in the totals");
    }

    @Test
    void aRunWithEveryCallTimedSaysNothingAboutSkippedTimingChecks() {
        String page = HtmlReportWriterTest.html(HtmlReportWriterTest.run("src/test/resources/checks/timing/dead-air.jsonl"));
        assertFalse(page.contains("Timing checks skipped"));
    }
}
