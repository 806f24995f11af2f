package dev.callaudit.report;

import dev.callaudit.TestSupport;
import dev.callaudit.engine.Inputs;
import dev.callaudit.engine.RunResult;
import dev.callaudit.engine.Runner;
import dev.callaudit.io.InputException;
import dev.callaudit.io.ReadItem;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesLoader;
import dev.callaudit.scoring.AgentStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report as text: structure, escaping of everything a transcript brings, determinism, CJK. */
class HtmlReportWriterTest {
    static final String SAMPLES = "samples";
    static final String HOSTILE = "src/test/resources/report/input/hostile/xss.jsonl";
    static final String MANY_1 = "src/test/resources/cli";
    static final String MANY_2 = "src/test/resources/io/invalid-line.jsonl";
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" data-agent=\"([^\"]*)\"");

    /** The run the CLI would make of these inputs, with the built-in rules. */
    static RunResult run(String... inputs) {
        return runAs("0.0.0-test", inputs);
    }

    static RunResult runAs(String version, String... inputs) {
        return run(TestSupport.builtInRules(), version, inputs);
    }

    static RunResult run(RuleBook rules, String version, String... inputs) {
        Inputs.Expanded expanded = Inputs.expand(List.of(inputs), new ByteArrayInputStream(new byte[0]));
        return new Runner(rules, new Runner.Options(StandardCharsets.UTF_8, null, null))
                .run(expanded.sources(), expanded.errors(), version);
    }

    static String html(RunResult r, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            new HtmlReportWriter().write(r, options, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static String html(RunResult r) {
        return html(r, new ReportOptions(ReportView.AGENTS, true));
    }

    /** The page with the text of its own inline script removed, so only data-derived markup is left to inspect. */
    private static String withoutOwnScript(String page) {
        int open = page.lastIndexOf("<script>");
        int close = page.lastIndexOf("</script>");
        assertTrue(open > 0 && close > open, "the page ends with its own script");
        String rest = page.substring(0, open) + page.substring(close + "</script>".length());
        assertFalse(rest.contains("<script"), "exactly one <script> element, the page's own");
        return rest;
    }

    @Test
    void sectionsComeInTheBriefsOrder() {
        String page = html(run(MANY_1, MANY_2));
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), page.substring(0, 80));
        int last = -1;
        for (String id : List.of("<h1>callaudit report</h1>", "id=\"totals\"", "id=\"scores\"", "id=\"stages\"", "id=\"phrases\"",
                "id=\"lowest\"", "id=\"agents\"", "id=\"rejected\"")) {
            int at = page.indexOf(id);
            assertTrue(at > last, id + " after the previous section");
            last = at;
        }
        assertTrue(page.contains("<code>0.0.0-test</code>"), "tool version");
        assertTrue(page.contains("<code>" + TestSupport.builtInRules().hash() + "</code>"), "rules hash");
        assertTrue(page.trim().endsWith("</html>"));
    }

    @Test
    void totalsAreTheRunsTotals() {
        RunResult r = run(MANY_1, MANY_2);
        String page = html(r);
        var t = r.totals();
        long[] expected = {t.files(), t.read(), t.audited(), t.rejected(), t.passed(), t.failed(), t.findings()};
        String[] keys = {"files", "read", "audited", "rejected", "passed", "failed", "findings"};
        for (int i = 0; i < keys.length; i++) {
            Matcher m = Pattern.compile("data-total=\"" + keys[i] + "\"><div class=\"k\">[^<]*</div><div class=\"v\">(\\d+)</div>").matcher(page);
            assertTrue(m.find(), keys[i]);
            assertEquals(Long.toString(expected[i]), m.group(1), keys[i]);
        }
    }

    @Test
    void oneBarPerAgentInRunOrderAndThePassMark() {
        RunResult r = run(SAMPLES);
        String page = html(r);
        List<String> bars = new ArrayList<>();
        Matcher m = BAR.matcher(page);
        while (m.find()) {
            bars.add(m.group(1));
        }
        assertEquals(r.agents().stream().map(AgentStats::agentId).toList(), bars);
        assertEquals(4, bars.size());
        assertEquals(1, count(page, "class=\"pass-mark\""), "one pass-mark line");
        // axis 0..100 over 600 units from x=190: the pass mark 80 is at 190 + 480
        assertTrue(page.contains("<line class=\"pass-mark\" data-pass-mark=\"80\" x1=\"670\""), "pass mark at 80");
        assertTrue(page.contains(">0</text>") && page.contains(">100</text>"), "axis 0..100");
        // A01's mean 80.0 → width 480; A04's 66.7 → 400.2 and below the pass mark
        assertTrue(page.contains("data-agent=\"A01\" data-below=\"false\" x=\"190\" y=\"35\" width=\"480\""), page);
        assertTrue(page.contains("data-agent=\"A04\" data-below=\"true\" x=\"190\" y=\"119\" width=\"400.2\""), page);
    }

    @Test
    void thePassMarkIsTheRulesOwn(@TempDir Path dir) throws Exception {
        Path all = Files.writeString(dir.resolve("all.yaml"), "scoring:\n  pass_mark: 85\n");
        RunResult r = run(new RulesLoader().load(List.of(all), null), "0.0.0-test", SAMPLES);
        String page = html(r);
        assertEquals(1, count(page, "class=\"pass-mark\""));
        assertTrue(page.contains("<line class=\"pass-mark\" data-pass-mark=\"85\" x1=\"700\""), "85 → 190 + 510");
        assertTrue(page.contains(">pass mark 85</text>"));
        assertTrue(page.contains("data-agent=\"A01\" data-below=\"true\""), "A01's 80.0 is below 85");

        // a pack of its own: one line per mark, named by its packs; each agent held to its own pack's mark
        Path ko = Files.writeString(dir.resolve("ko.yaml"), "pack: ko\nscoring:\n  pass_mark: 90\n");
        String mixed = html(run(new RulesLoader().load(List.of(ko), null), "0.0.0-test", HOSTILE));
        assertEquals(2, count(mixed, "class=\"pass-mark\""), mixed);
        assertTrue(mixed.contains(">pass mark 80 (en, zh-CN)</text>"), mixed);
        assertTrue(mixed.contains(">pass mark 90 (ko)</text>"), mixed);
        assertTrue(mixed.contains("data-agent=\"A01\" data-below=\"false\""), "A01 (zh-CN) scores 100 against 80");
    }

    @Test
    void stageMatrixHasACellPerAgentAndStageWithRatesAndALegend() {
        RunResult r = run(SAMPLES);
        String page = html(r);
        String matrix = page.substring(page.indexOf("id=\"stages\""), page.indexOf("id=\"phrases\""));
        assertEquals(r.agents().size() * 5, count(matrix, "<td class=\"rate"), "agents × stages");
        assertTrue(matrix.indexOf(">opening</th>") < matrix.indexOf(">caller_name</th>")
                && matrix.indexOf(">anything_else</th>") < matrix.indexOf(">closing</th>"), "CheckRegistry order");
        // A04's opening is 0.667 (a): between amber and green
        assertTrue(matrix.contains("data-stage=\"opening\" style=\"background:" + HtmlReportWriter.colour(new java.math.BigDecimal("0.667"))
                + "\" title=\"opening: passed in 0.667 of the calls where it applied\">0.667</td>"), matrix);
        assertTrue(matrix.contains("class=\"legend\""));
        assertEquals("#f08989", HtmlReportWriter.colour(java.math.BigDecimal.ZERO));
        assertEquals("#f0ce89", HtmlReportWriter.colour(new java.math.BigDecimal("0.5")));
        assertEquals("#9adfa6", HtmlReportWriter.colour(java.math.BigDecimal.ONE));
    }

    @Test
    void aStageThatNeverAppliedIsAnEmptyCell() {
        // S1 has one silent call: the customer never speaks, so only opening and closing apply
        String page = html(run(HOSTILE));
        String row = page.substring(page.indexOf("<tr><th scope=\"row\">S1"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertEquals(3, count(row, "<td class=\"rate na\""), row);
        assertTrue(row.contains("<td class=\"rate na\" data-stage=\"confirmation\" title=\"confirmation: never applied\"></td>"), row);
    }

    @Test
    void frequentPhrasesAndLowestCalls() {
        RunResult r = run(SAMPLES);
        String page = html(r);
        String phrases = page.substring(page.indexOf("id=\"phrases\""), page.indexOf("id=\"lowest\""));
        assertTrue(phrases.contains("<code>zh-not-my-job</code></td><td><span class=\"sev major\">major</span></td><td class=\"num\">2</td>"),
                phrases);
        assertTrue(phrases.contains("<mark>不归我管</mark></td><td>c-1004 · turn 9</td><td>对不起,您反映的问题我会向部门领导反映。</td>"), phrases);
        assertTrue(count(phrases, "<tr><td><code>") <= 10);
        String lowest = page.substring(page.indexOf("id=\"lowest\""), page.indexOf("id=\"agents\""));
        assertEquals(10, count(lowest, "<article class=\"call\""));
        assertTrue(lowest.indexOf("data-call=\"c-2002\"") < lowest.indexOf("data-call=\"c-1003\""), "lowest first");
        assertTrue(lowest.contains("<span class=\"score failed\">0</span><span class=\"who\">c-2002</span>"), lowest);
        assertTrue(lowest.contains(">auto-failed<"), "the critical phrase's auto-fail is shown");
        assertTrue(lowest.contains("<td><mark>有本事就投诉</mark></td><td class=\"text\">有本事就投诉我,我就是这么处理的。</td>"), lowest);
        assertTrue(lowest.contains("<span class=\"sev critical\">critical</span>"));
    }

    @Test
    void agentsTableHasTheCsvColumnsAndIsSortable() {
        RunResult r = run(SAMPLES);
        String page = html(r);
        String agents = page.substring(page.indexOf("id=\"agents\""));
        Rows.Table table = Rows.of(r, ReportView.AGENTS, new Redactor(true));
        for (String col : table.header()) {
            assertTrue(agents.contains("data-col=\"" + col + "\"><button type=\"button\">" + (Set.of("agent_id", "agent_name", "top_phrases").contains(col) ? col : col.replace("_", "_<wbr>")) + "</button></th>"), col);
        }
        assertTrue(agents.contains("<table class=\"sortable agents\">"));
        assertTrue(agents.contains("<td>A02</td><td>陈伟</td><td class=\"num\">3</td><td class=\"num\">76.7</td>"), agents);
        assertTrue(page.contains("addEventListener(\"click\""), "the sorting script");
    }

    @Test
    void rejectedRecordsAreListedOnlyWhenThereAreAny() {
        String many = html(run(MANY_1, MANY_2));
        assertTrue(many.contains("<td>unknown speaker &#39;martian&#39; (expected agent or customer)</td>")
                || many.contains("<td>unknown speaker 'martian' (expected agent or customer)</td>"), many);
        assertFalse(html(run(SAMPLES)).contains("id=\"rejected\""));
    }

    @Test
    void everythingFromTheTranscriptIsEscaped() {
        RunResult r = run(HOSTILE);
        assertEquals(1, r.rejected().size());
        String page = html(r);
        String data = withoutOwnScript(page);
        // the raw payloads never appear as markup
        for (String raw : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<img", "<svg onload",
                "<b onmouseover", "</td></tr></table><svg", "\"><script>", "data-pwned','1')\">")) {
            assertFalse(data.contains(raw), "raw " + raw);
        }
        assertFalse(Pattern.compile("<a (?!href=\"#[a-z]+\">)").matcher(data).find(), "no link but the page's own anchors");
        // ... but escaped, as text
        assertTrue(page.contains("这个我不知道。&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"), "turn text");
        assertTrue(page.contains("data-agent=\"X2&quot;&gt;&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;\""),
                "attribute values");
        assertTrue(page.contains("&lt;img src=x onerror=&quot;document.body.setAttribute('data-pwned','1')&quot;&gt;"), "agent name");
        assertTrue(page.contains("unknown speaker '&lt;script&gt;document.body"), "rejected reason");
        assertTrue(page.contains("x-1005&lt;img src=x"), "rejected call id");
        // every element on the page is one the writer makes
        Matcher tags = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(data);
        List<String> allowed = List.of("html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "p", "code",
                "time", "nav", "a", "section", "div", "svg", "line", "text", "g", "rect", "table", "thead", "tbody", "tr", "th", "td",
                "span", "mark", "article", "button", "wbr", "footer", "ul", "li");
        while (tags.find()) {
            assertTrue(allowed.contains(tags.group(1)), "unexpected element <" + tags.group(1));
        }
    }

    @Test
    void fileNamesWarningsAndErrorsAreEscapedToo() {
        RunResult base = run(HOSTILE);
        List<ReadItem.Rejected> rejected = new ArrayList<>(base.rejected());
        rejected.add(new ReadItem.Rejected("<img src=x onerror=alert(1)>.jsonl", 3, null, "bad <b>json</b> 13812345678"));
        RunResult r = new RunResult(base.version(), base.rules(), base.totals(), base.agents(), base.calls(), rejected,
                List.of("dup <script>alert(1)</script> 13812345678"),
                List.of(new InputException("<script>alert(1)</script>.csv", 0, "no such <i>file</i>")));
        String data = withoutOwnScript(html(r));
        assertFalse(data.contains("<img") || data.contains("<i>") || data.contains("<b>"), "raw markup");
        assertTrue(data.contains("<td>&lt;img src=x onerror=alert(1)&gt;.jsonl</td><td class=\"num\">3</td><td></td>"), data);
        assertTrue(data.contains("bad &lt;b&gt;json&lt;/b&gt; *******5678"), "rejected reason masked and escaped");
        assertTrue(data.contains("warning: dup &lt;script&gt;alert(1)&lt;/script&gt; *******5678"), "warning masked and escaped");
        assertTrue(data.contains("error: &lt;script&gt;alert(1)&lt;/script&gt;.csv: no such &lt;i&gt;file&lt;/i&gt;"));
    }

    @Test
    void nothingIsFetched() {
        for (String page : List.of(html(run(SAMPLES)), html(run(HOSTILE)))) {
            assertFalse(Pattern.compile("(?i)(src|href|action|xlink:href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(page).find(), "no remote src/href");
            assertFalse(Pattern.compile("(?i)<(link|img|iframe|object|embed|base|form)\\b").matcher(page).find(), "no fetching element");
            assertFalse(page.contains("@import") || page.contains("url("), "no CSS fetch");
            assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), "CSP");
        }
    }

    @Test
    void numbersInQuotesAreMaskedUnlessRedactionIsOff() {
        RunResult r = run(SAMPLES);
        String masked = html(r, new ReportOptions(ReportView.AGENTS, true));
        String open = html(r, new ReportOptions(ReportView.AGENTS, false));
        // c-1003 and c-2006 repeat phone numbers back: quoted in their confirmation stage's evidence
        assertTrue(masked.contains("手机号码*******4321,身份证后六位**4518,对吗?"), "masked");
        assertFalse(masked.contains("13987654321") || masked.contains("13698765432"), "masked");
        assertTrue(open.contains("手机号码13987654321,身份证后六位204518,对吗?"), "--no-redact");
        assertTrue(masked.contains("工号1024为您服务"), "short numbers are kept");
    }

    @Test
    void theSameRunGivesTheSameBytesAndATimestampOnlyWhenAsked() {
        String a = html(run(SAMPLES, HOSTILE, MANY_2));
        String b = html(run(SAMPLES, HOSTILE, MANY_2));
        assertEquals(a, b);
        assertFalse(a.contains("<time>") || a.contains("generated"), "no timestamp by default");
        String stamped = html(run(SAMPLES), new ReportOptions(ReportView.AGENTS, true, "2026-11-22T06:00:00Z"));
        assertTrue(stamped.contains("generated <time>2026-11-22T06:00:00Z</time>"));
    }

    @Test
    void chineseAndKoreanTextIsKeptAsCharacters() {
        String page = html(run(SAMPLES, HOSTILE));
        for (String cjk : List.of("王芳", "林美玲", "有本事就投诉我", "這事不歸我管", "这个我不知道", "김지은", "그건 제 담당이 아닙니다",
                "제 담당이 아닙니다", "해당 업무는")) {
            assertTrue(page.contains(cjk), cjk);
        }
        assertFalse(Pattern.compile("&#\\d+;|&#x[0-9a-fA-F]+;").matcher(page).find(), "no numeric character references");
        assertTrue(page.contains("\"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", sans-serif"));
        String hostile = html(run(HOSTILE));
        assertTrue(hostile.contains("<article class=\"call\" data-call=\"x-1004\" lang=\"zh-CN\">"), "calls carry their pack's language");
        assertTrue(hostile.contains("<article class=\"call\" data-call=\"x-1003\" lang=\"en\">"));
        assertTrue(hostile.contains("&lt;/script&gt;\" lang=\"ko\">"));
    }

    @Test
    void anEmptyRunIsStillAPage() {
        String page = html(run("src/test/resources/report/input/empty"));
        assertEquals(0, count(page, "class=\"bar\""));
        assertTrue(page.contains("No calls were audited."));
        assertTrue(page.trim().endsWith("</html>"));
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
