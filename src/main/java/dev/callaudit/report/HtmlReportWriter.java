package dev.callaudit.report;

import dev.callaudit.checks.CheckRegistry;
import dev.callaudit.checks.Finding;
import dev.callaudit.checks.StageResult;
import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.RunResult;
import dev.callaudit.engine.Totals;
import dev.callaudit.io.InputException;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.Ruleset;
import dev.callaudit.rules.ScoringConfig;
import dev.callaudit.scoring.AgentStats;
import org.apache.commons.text.StringEscapeUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One self-contained HTML5 page for people: totals, a bar chart of mean score per agent, the stage
 * compliance matrix, the most frequent forbidden phrases, the lowest-scoring calls with their
 * findings, the sortable agents table, the rejected records and, when there are any, the input errors
 * and warnings. No network: CSS, SVG and a few lines of JavaScript are inline, and a
 * Content-Security-Policy allows nothing else (only the page's own script, by hash), so a transcript
 * that slipped past escaping still could not run or fetch anything.
 *
 * <p>Everything a transcript brings (ids, names, turn text, matches, messages, evidence, reasons, file
 * names) is untrusted and goes through {@link #h}; quoted text is masked by the {@link Redactor} as
 * in the JSON report. The page is a pure function of the run: no timestamp unless the options carry
 * one, numbers through {@link Fmt} and BigDecimal, every list in the order the run gives.
 */
public final class HtmlReportWriter implements ReportWriter {
    static final int TOP_FORBIDDEN = 10;
    static final int LOWEST_CALLS = 10;

    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "script-src '" + sha256(JS) + "'; base-uri 'none'; form-action 'none'";
    private static final Pattern LANG_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> TEXT_COLUMNS = Set.of("agent_id", "agent_name", "top_phrases", "timing");

    /** Rate colour ramp (hues in degrees): red at 0, amber at 0.5, green at 1. */
    private static final double HUE_RED = 0;
    private static final double HUE_AMBER = 40;
    private static final double HUE_GREEN = 130;

    @Override
    public void write(RunResult r, ReportOptions options, Writer out) throws IOException {
        Redactor redact = new Redactor(options.redact());
        StringBuilder b = new StringBuilder(64 * 1024);
        head(b, r);
        header(b, r, options);
        totals(b, r.totals());
        chart(b, r);
        matrix(b, r.agents());
        topForbidden(b, r, redact);
        lowestCalls(b, r, redact);
        agents(b, r, redact);
        rejected(b, r, redact);
        problems(b, r, redact);
        b.append("<footer>callaudit ").append(h(r.version())).append(" · rules <code>").append(h(r.rulesHash()))
                .append("</code> · numbers in quotes ").append(options.redact() ? "masked (all but the last 4 digits)" : "not masked (--no-redact)")
                .append("</footer>\n");
        b.append("</main>\n<script>").append(JS).append("</script>\n</body>\n</html>\n");
        out.write(b.toString());
        out.flush();
    }

    private static void head(StringBuilder b, RunResult r) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"callaudit ").append(h(r.version())).append("\">\n")
                .append("<title>callaudit report · ").append(h(r.rulesHash())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    }

    private static void header(StringBuilder b, RunResult r, ReportOptions options) {
        b.append("<header class=\"top\">\n<h1>callaudit report</h1>\n<p class=\"meta\">callaudit <code>").append(h(r.version()))
                .append("</code> · rules <code>").append(h(r.rulesHash())).append("</code>");
        if (options.generatedAt() != null) {
            b.append(" · generated <time>").append(h(options.generatedAt())).append("</time>");
        }
        b.append("</p>\n<nav class=\"toc\">")
                .append("<a href=\"#totals\">Totals</a><a href=\"#scores\">Scores by agent</a>")
                .append("<a href=\"#stages\">Stage compliance</a><a href=\"#phrases\">Forbidden phrases</a>")
                .append("<a href=\"#lowest\">Lowest-scoring calls</a><a href=\"#agents\">Agents</a>");
        if (!r.rejected().isEmpty()) {
            b.append("<a href=\"#rejected\">Rejected records</a>");
        }
        if (!r.inputErrors().isEmpty() || !r.warnings().isEmpty()) {
            b.append("<a href=\"#problems\">Errors and warnings</a>");
        }
        b.append("</nav>\n</header>\n");
    }

    private static void totals(StringBuilder b, Totals t) {
        b.append("<section id=\"totals\">\n<h2>Totals</h2>\n<div class=\"cards\">\n");
        card(b, "files", "Files", t.files(), "");
        card(b, "read", "Calls read", t.read(), "");
        card(b, "audited", "Audited", t.audited(), "");
        card(b, "rejected", "Rejected", t.rejected(), t.rejected() > 0 ? "warn" : "");
        card(b, "passed", "Passed", t.passed(), "ok");
        card(b, "failed", "Failed", t.failed(), t.failed() > 0 ? "bad" : "");
        card(b, "findings", "Findings", t.findings(), "");
        b.append("</div>\n");
        if (t.timingSkipped() > 0) {
            b.append("<p class=\"note\" data-total=\"timing_skipped\">Timing checks skipped for ").append(t.timingSkipped())
                    .append(t.timingSkipped() == 1 ? " call" : " calls").append(" without timestamps (start_ms and end_ms on every turn).</p>\n");
        }
        b.append("</section>\n");
    }

    private static void card(StringBuilder b, String key, String label, long value, String tone) {
        b.append("<div class=\"card").append(tone.isEmpty() ? "" : " " + tone).append("\" data-total=\"").append(key)
                .append("\"><div class=\"k\">").append(label).append("</div><div class=\"v\">").append(value).append("</div></div>\n");
    }

    // ---- 3. bar chart ------------------------------------------------------------------------

    private static final int LABEL_W = 190;
    private static final int PLOT_W = 600;
    private static final int ROW_H = 28;
    private static final int TOP = 30;
    private static final int BOTTOM = 28;
    private static final BigDecimal X_PER_POINT = BigDecimal.valueOf(PLOT_W).divide(BigDecimal.valueOf(100));

    /**
     * The rules' {@code scoring.pass_mark} of the packs the run's calls used, each with those packs
     * (normally one mark; a rules file may give a pack its own), and each agent's mark: the one of the
     * pack of its first call.
     */
    private record PassMarks(Map<Integer, List<String>> packsByMark, Map<String, Integer> byAgent) {

        static PassMarks of(RunResult r) {
            Map<String, Integer> byPack = new TreeMap<>();
            Map<String, Integer> byAgent = new LinkedHashMap<>();
            for (CallResult c : r.calls()) {
                int mark = byPack.computeIfAbsent(c.pack(), p -> passMark(r.rules(), p));
                byAgent.putIfAbsent(c.agentId(), mark);
            }
            Map<Integer, List<String>> packsByMark = new TreeMap<>();
            byPack.forEach((pack, mark) -> packsByMark.computeIfAbsent(mark, m -> new ArrayList<>()).add(pack));
            return new PassMarks(packsByMark, byAgent);
        }

        private static int passMark(RuleBook rules, String pack) {
            Ruleset set = rules == null || pack == null ? null : rules.pack(pack).orElse(null);
            return (set == null ? ScoringConfig.DEFAULTS : set.scoring()).passMarkOrDefault();
        }

        int of(String agentId) {
            return byAgent.getOrDefault(agentId, ScoringConfig.DEFAULTS.passMarkOrDefault());
        }
    }

    private static void chart(StringBuilder b, RunResult r) {
        List<AgentStats> agents = r.agents();
        PassMarks marks = PassMarks.of(r);
        b.append("<section id=\"scores\">\n<h2>Mean score by agent</h2>\n");
        if (agents.isEmpty()) {
            b.append("<p class=\"empty\">No calls were audited.</p>\n</section>\n");
            return;
        }
        boolean several = marks.packsByMark().size() > 1;
        int top = TOP + (several ? 12 : 0);
        int width = LABEL_W + PLOT_W + 70;
        int plotH = agents.size() * ROW_H;
        int height = top + plotH + BOTTOM;
        b.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"Mean score per agent, 0 to 100, with the pass mark\">\n");
        for (int tick = 0; tick <= 100; tick += 20) {
            String x = x(BigDecimal.valueOf(tick));
            b.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(top).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(top + plotH).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(top + plotH + 18)
                    .append("\" text-anchor=\"middle\">").append(tick).append("</text>\n");
        }
        b.append("<line class=\"axis\" x1=\"").append(LABEL_W).append("\" y1=\"").append(top).append("\" x2=\"").append(LABEL_W)
                .append("\" y2=\"").append(top + plotH).append("\"/>\n");
        int i = 0;
        for (AgentStats a : agents) {
            int y = top + i * ROW_H;
            BigDecimal mean = Fmt.mean(a.meanScore());
            String label = a.agentId() + (a.agentName().isEmpty() ? "" : " " + cut(a.agentName(), 12));
            b.append("<g class=\"agent\">");
            b.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + ROW_H / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(h(cut(label, 24))).append("</text>");
            b.append("<rect class=\"bar\" data-agent=\"").append(h(a.agentId())).append("\" data-below=\"")
                    .append(mean.compareTo(BigDecimal.valueOf(marks.of(a.agentId()))) < 0).append("\" x=\"").append(LABEL_W).append("\" y=\"")
                    .append(y + 5).append("\" width=\"").append(mean.multiply(X_PER_POINT).stripTrailingZeros().toPlainString())
                    .append("\" height=\"").append(ROW_H - 10).append("\" rx=\"2\"><title>")
                    .append(h(a.agentId() + (a.agentName().isEmpty() ? "" : " " + a.agentName()))).append(": mean score ")
                    .append(mean.toPlainString()).append(" over ").append(a.calls()).append(a.calls() == 1 ? " call" : " calls")
                    .append(", lowest ").append(a.minScore()).append("</title></rect>");
            BigDecimal end = mean.multiply(X_PER_POINT).add(BigDecimal.valueOf(LABEL_W));
            boolean inside = mean.compareTo(BigDecimal.TEN) >= 0;
            b.append("<text class=\"value").append(inside ? " inside" : "").append("\" x=\"")
                    .append(plain(end.add(BigDecimal.valueOf(inside ? -6 : 6)))).append("\" y=\"").append(y + ROW_H / 2 + 4)
                    .append(inside ? "\" text-anchor=\"end\">" : "\">").append(mean.toPlainString()).append("</text>");
            b.append("</g>\n");
            i++;
        }
        int n = 0;
        for (Map.Entry<Integer, List<String>> m : marks.packsByMark().entrySet()) {
            String px = x(BigDecimal.valueOf(m.getKey()));
            int labelY = top - 12 - (n++ % 2) * 12; // close marks: labels on alternate rows
            b.append("<line class=\"pass-mark\" data-pass-mark=\"").append(m.getKey()).append("\" x1=\"").append(px).append("\" y1=\"")
                    .append(top - 6).append("\" x2=\"").append(px).append("\" y2=\"").append(top + plotH).append("\"/>");
            b.append("<text class=\"pass-label\" x=\"").append(px).append("\" y=\"").append(labelY)
                    .append("\" text-anchor=\"middle\">pass mark ").append(m.getKey())
                    .append(several ? " (" + h(String.join(", ", m.getValue())) + ")" : "").append("</text>\n");
        }
        b.append("</svg>\n<p class=\"note\">Bars are each agent's mean call score (0–100); amber bars are below the pass mark. "
                + "The dashed line is the rules' <code>scoring.pass_mark</code>")
                .append(several ? ", one line per mark where packs differ; an agent's bar is held to the mark of its calls' pack" : "")
                .append(".</p>\n")
                .append("</section>\n");
    }

    private static String x(BigDecimal score) {
        return plain(score.multiply(X_PER_POINT).add(BigDecimal.valueOf(LABEL_W)));
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    // ---- 4. stage matrix ---------------------------------------------------------------------

    private static void matrix(StringBuilder b, List<AgentStats> agents) {
        b.append("<section id=\"stages\">\n<h2>Stage compliance</h2>\n");
        if (agents.isEmpty()) {
            b.append("<p class=\"empty\">No calls were audited.</p>\n</section>\n");
            return;
        }
        b.append("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th>agent</th>");
        for (String k : CheckRegistry.stageKeys()) {
            b.append("<th class=\"num\">").append(h(k)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (AgentStats a : agents) {
            b.append("<tr><th scope=\"row\">").append(h(a.agentId()));
            if (!a.agentName().isEmpty()) {
                b.append(" <span class=\"name\">").append(h(a.agentName())).append("</span>");
            }
            b.append("</th>");
            for (String k : CheckRegistry.stageKeys()) {
                Double rate = a.stageRate(k);
                if (rate == null) {
                    b.append("<td class=\"rate na\" data-stage=\"").append(h(k)).append("\" title=\"").append(h(k))
                            .append(": never applied\"></td>");
                } else {
                    BigDecimal v = Fmt.rate(rate);
                    b.append("<td class=\"rate\" data-stage=\"").append(h(k)).append("\" style=\"background:").append(colour(v))
                            .append("\" title=\"").append(h(k)).append(": passed in ").append(v.toPlainString())
                            .append(" of the calls where it applied\">").append(v.toPlainString()).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n<div class=\"legend\"><span>0.000</span><span class=\"ramp\" style=\"background:linear-gradient(90deg,")
                .append(colour(BigDecimal.ZERO)).append(',').append(colour(new BigDecimal("0.5"))).append(',').append(colour(BigDecimal.ONE))
                .append(")\"></span><span>1.000</span><span>· share of the calls where the stage applied that passed it</span>")
                .append("<span class=\"swatch na\"></span><span>empty: the stage never applied</span></div>\n</section>\n");
    }

    /**
     * The ramp colour of a rate 0..1, light enough for dark text: the hue runs from red (0) through
     * amber (0.5) to green (1) at a fixed lightness (green a little less saturated, so it does not glare), so no stop turns muddy.
     */
    static String colour(BigDecimal rate) {
        double t = Math.max(0, Math.min(1, rate.doubleValue()));
        double hue = t < 0.5 ? HUE_RED + (HUE_AMBER - HUE_RED) * t * 2 : HUE_AMBER + (HUE_GREEN - HUE_AMBER) * (t - 0.5) * 2;
        double sat = t <= 0.5 ? 0.78 : 0.78 - 0.26 * (t - 0.5) * 2;
        return hsl(hue, sat, 0.74);
    }

    private static String hsl(double hue, double sat, double light) {
        double c = (1 - Math.abs(2 * light - 1)) * sat;
        double hp = hue / 60;
        double x = c * (1 - Math.abs(hp % 2 - 1));
        double[] rgb = hp < 1 ? new double[] {c, x, 0} : hp < 2 ? new double[] {x, c, 0} : new double[] {0, c, x};
        double m = light - c / 2;
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round((rgb[0] + m) * 255), Math.round((rgb[1] + m) * 255),
                Math.round((rgb[2] + m) * 255));
    }

    // ---- 5. forbidden phrases ----------------------------------------------------------------

    private record PhraseCount(Finding example, long[] count) {
    }

    private static void topForbidden(StringBuilder b, RunResult r, Redactor redact) {
        b.append("<section id=\"phrases\">\n<h2>Most frequent forbidden phrases</h2>\n");
        Map<String, PhraseCount> byRule = new LinkedHashMap<>();
        for (CallResult c : r.calls()) {
            for (Finding f : c.findings()) {
                if (f.kind() == Finding.Kind.FORBIDDEN) {
                    byRule.computeIfAbsent(f.rule(), k -> new PhraseCount(f, new long[1])).count()[0]++;
                }
            }
        }
        if (byRule.isEmpty()) {
            b.append("<p class=\"empty\">No forbidden phrases were found.</p>\n</section>\n");
            return;
        }
        List<Map.Entry<String, PhraseCount>> top = new ArrayList<>(byRule.entrySet());
        top.sort(Comparator.<Map.Entry<String, PhraseCount>>comparingLong(e -> -e.getValue().count()[0])
                .thenComparing(Map.Entry::getKey));
        b.append("<div class=\"scroll\"><table class=\"phrases\">\n<thead><tr><th>rule</th><th>severity</th><th class=\"num\">count</th>")
                .append("<th>example match</th><th>first seen</th><th>say instead</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, PhraseCount> e : top.subList(0, Math.min(TOP_FORBIDDEN, top.size()))) {
            Finding f = e.getValue().example();
            b.append("<tr><td><code>").append(h(e.getKey())).append("</code></td><td>").append(severity(f))
                    .append("</td><td class=\"num\">").append(e.getValue().count()[0]).append("</td><td><mark>")
                    .append(h(redact.mask(f.match()))).append("</mark></td><td>").append(h(f.callId())).append(" · turn ")
                    .append(f.turn()).append("</td><td>").append(h(f.suggestion())).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
        if (top.size() > TOP_FORBIDDEN) {
            b.append("<p class=\"note\">").append(top.size() - TOP_FORBIDDEN)
                    .append(" more rules fired; the findings view of the CSV or JSON report lists every occurrence.</p>\n");
        }
        b.append("</section>\n");
    }

    private static String severity(Finding f) {
        String k = f.severity().key();
        return "<span class=\"sev " + k + "\">" + k + "</span>";
    }

    // ---- 6. lowest-scoring calls -------------------------------------------------------------

    private static void lowestCalls(StringBuilder b, RunResult r, Redactor redact) {
        b.append("<section id=\"lowest\">\n<h2>Lowest-scoring calls</h2>\n");
        if (r.calls().isEmpty()) {
            b.append("<p class=\"empty\">No calls were audited.</p>\n</section>\n");
            return;
        }
        // the lowest few, kept in a bounded heap: the calls themselves stream past, however many there are
        Comparator<CallResult> lowestFirst = Comparator.comparingInt((CallResult c) -> c.score().score()).thenComparingLong(CallResult::order);
        java.util.PriorityQueue<CallResult> worst = new java.util.PriorityQueue<>(lowestFirst.reversed());
        for (CallResult c : r.calls()) {
            worst.add(c);
            if (worst.size() > LOWEST_CALLS) {
                worst.poll();
            }
        }
        List<CallResult> calls = new ArrayList<>(worst);
        calls.sort(lowestFirst);
        for (CallResult c : calls) {
            call(b, c, redact);
        }
        if (r.calls().size() > LOWEST_CALLS) {
            b.append("<p class=\"note\">The ").append(LOWEST_CALLS).append(" lowest of ").append(r.calls().size())
                    .append(" audited calls, lowest first (ties in input order).</p>\n");
        }
        b.append("</section>\n");
    }

    private static void call(StringBuilder b, CallResult c, Redactor redact) {
        String verdict = c.score().passed() ? "passed" : "failed";
        b.append("<article class=\"call\" data-call=\"").append(h(c.callId())).append('"');
        if (c.pack() != null && LANG_TAG.matcher(c.pack()).matches()) {
            b.append(" lang=\"").append(h(c.pack())).append('"');
        }
        b.append(">\n<header><span class=\"score ").append(verdict).append("\">").append(c.score().score())
                .append("</span><span class=\"who\">").append(h(c.callId())).append("</span><span>").append(h(c.agentId()));
        if (c.agentName() != null && !c.agentName().isEmpty()) {
            b.append(' ').append(h(c.agentName()));
        }
        b.append("</span><span class=\"verdict ").append(verdict).append("\">")
                .append(c.score().autoFailed() ? "auto-failed" : verdict).append("</span><span class=\"where\">")
                .append(h(c.file())).append(':').append(c.line()).append(" · ").append(h(c.pack())).append(" · ").append(c.turns())
                .append(c.turns() == 1 ? " turn" : " turns").append("</span></header>\n<div class=\"stages\">");
        for (String k : CheckRegistry.stageKeys()) {
            StageResult s = c.stages().get(k);
            if (s == null) {
                continue;
            }
            String status = s.status().key();
            b.append("<span class=\"st ").append(status.equals("n/a") ? "na" : status).append("\" title=\"")
                    .append(h(s.turn() == null ? "" : "turn " + s.turn() + ": ")).append(h(redact.mask(s.evidence()))).append("\">")
                    .append(h(k)).append(": ").append(h(status)).append("</span>");
        }
        b.append("</div>\n");
        if (c.findings().isEmpty()) {
            b.append("<p class=\"empty\" style=\"padding:0 12px\">No findings.</p>\n</article>\n");
            return;
        }
        b.append("<div class=\"scroll\"><table>\n<thead><tr><th class=\"num\">turn</th><th>rule</th><th>severity</th><th>match</th>")
                .append("<th>turn text</th><th>message</th></tr></thead>\n<tbody>\n");
        for (Finding f : c.findings()) {
            b.append("<tr><td class=\"num\">").append(f.turn()).append("</td><td><code>").append(h(f.rule())).append("</code></td><td>")
                    .append(severity(f)).append("</td><td>");
            String match = redact.mask(f.match());
            if (match != null && !match.isEmpty()) {
                b.append("<mark>").append(h(match)).append("</mark>");
            }
            b.append("</td><td class=\"text\">").append(h(redact.mask(f.text()))).append("</td><td>")
                    .append(h(redact.mask(f.message()))).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n</article>\n");
    }

    // ---- 7. agents table ---------------------------------------------------------------------

    private static void agents(StringBuilder b, RunResult r, Redactor redact) {
        Rows.Table table = Rows.of(r, ReportView.AGENTS, redact);
        b.append("<section id=\"agents\">\n<h2>Agents</h2>\n");
        if (table.rows().isEmpty()) {
            b.append("<p class=\"empty\">No calls were audited.</p>\n</section>\n");
            return;
        }
        List<String> header = table.header();
        b.append("<div class=\"scroll\"><table class=\"sortable agents\">\n<thead><tr>");
        for (String col : header) {
            b.append("<th").append(TEXT_COLUMNS.contains(col) ? "" : " class=\"num\"").append(" data-col=\"").append(h(col))
                    .append("\"><button type=\"button\">").append(TEXT_COLUMNS.contains(col) ? h(col) : h(col).replace("_", "_<wbr>")).append("</button></th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                b.append(TEXT_COLUMNS.contains(header.get(i)) ? "<td>" : "<td class=\"num\">").append(h(row.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n<p class=\"note\">Click a column header to sort; click again to reverse. "
                + "Rates are 0..1 over the calls where the stage applied; empty means it never applied. "
                + "Timing figures (response latency in seconds, syllables or words a minute, the agent's share of the talk time, "
                + "talk-overs and dead air per call) are over the agent's timed calls; empty when it has none.</p>\n</section>\n");
    }

    // ---- 8. rejected records, then errors and warnings -----------------------------------------

    private static void rejected(StringBuilder b, RunResult r, Redactor redact) {
        if (r.rejected().isEmpty()) {
            return;
        }
        Rows.Table table = Rows.of(r, ReportView.REJECTED, redact);
        b.append("<section id=\"rejected\">\n<h2>Rejected records</h2>\n<div class=\"scroll\"><table class=\"rejected\">\n<thead><tr>");
        for (String col : table.header()) {
            b.append(col.equals("line") ? "<th class=\"num\">" : "<th>").append(h(col)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                b.append(table.header().get(i).equals("line") ? "<td class=\"num\">" : "<td>").append(h(row.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n</section>\n");
    }

    /** Inputs that could not be read at all, and the run's warnings: not in the brief's list, but in the run. */
    private static void problems(StringBuilder b, RunResult r, Redactor redact) {
        if (r.inputErrors().isEmpty() && r.warnings().isEmpty()) {
            return;
        }
        b.append("<section id=\"problems\">\n<h2>Errors and warnings</h2>\n<ul>\n");
        for (InputException e : r.inputErrors()) {
            b.append("<li>error: ").append(h(e.file())).append(e.line() > 0 ? ":" + e.line() : "").append(": ")
                    .append(h(e.getMessage())).append("</li>\n");
        }
        for (String w : r.warnings()) {
            b.append("<li>warning: ").append(h(redact.mask(w))).append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Escapes untrusted text for element content and double-quoted attribute values; null is empty. */
    static String h(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s);
    }

    /** At most {@code max} code points, with an ellipsis when cut. */
    private static String cut(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("/callaudit/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource callaudit/html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String script) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
