package dev.callaudit.report;

import dev.callaudit.cli.Version;
import dev.callaudit.engine.RunResult;
import dev.callaudit.scoring.AgentStats;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The HTML report in a real browser: Debian's headless Chromium loads the page from a file, runs its
 * script, and dumps the DOM. Skipped where Chromium is not installed. With {@code -Dscreenshot=true}
 * it also rewrites docs/report-screenshot.png from the samples (CI leaves it alone).
 */
class HtmlBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;
    private static final Path SCREENSHOT = Path.of("docs/report-screenshot.png");

    @TempDir
    Path tmp;

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed (apt-get install chromium): HTML browser test skipped");
    }

    record Browser(int exitCode, String stdout, String stderr) {
        /** Chromium's log lines for the page's console: the page logs nothing, so any one is a failure. */
        List<String> console() {
            return stderr.lines().filter(l -> l.contains("CONSOLE")).toList();
        }
    }

    private Browser chromium(Path page, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(tmp, "stdout", ".txt");
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
        }
        return new Browser(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Browser dumpDom(Path page) throws IOException, InterruptedException {
        Browser b = chromium(page, "--dump-dom");
        assertEquals(0, b.exitCode(), "chromium exit code\n" + b.stderr());
        assertTrue(b.console().isEmpty(), "console messages:\n" + String.join("\n", b.console()));
        assertTrue(Pattern.compile("<html[^>]* data-loaded=\"1\"").matcher(b.stdout()).find(), "the page's own script ran");
        return b;
    }

    private Path write(String name, String html) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, html, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> bars(String dom) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<rect class=\"bar\" data-agent=\"([^\"]*)\"").matcher(dom);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void samplesReportRendersOneBarPerAgentWithoutConsoleErrors() throws Exception {
        RunResult r = HtmlReportWriterTest.run(HtmlReportWriterTest.SAMPLES);
        Path page = write("samples.html", HtmlReportWriterTest.html(r));
        String dom = dumpDom(page).stdout();
        assertEquals(r.agents().stream().map(AgentStats::agentId).toList(), bars(dom));
        assertEquals(r.agents().size(), HtmlReportWriterTest.count(dom, "class=\"bar\""), "exactly one class=\"bar\" per agent");
        assertEquals(1, HtmlReportWriterTest.count(dom, "class=\"pass-mark\""));
        if (Boolean.getBoolean("screenshot")) {
            Files.createDirectories(SCREENSHOT.getParent());
            Path shot = SCREENSHOT.toAbsolutePath();
            Files.deleteIfExists(shot);
            // the README's picture shows the build's own version, not the tests' placeholder
            Path readme = write("readme.html", HtmlReportWriterTest.html(HtmlReportWriterTest.runAs(Version.get(), HtmlReportWriterTest.SAMPLES)));
            Browser b = chromium(readme, "--hide-scrollbars", "--run-all-compositor-stages-before-draw",
                    "--window-size=1280,1600", "--screenshot=" + shot);
            assertEquals(0, b.exitCode(), b.stderr());
            assertTrue(Files.size(shot) > 10_000, "screenshot written to " + shot);
        }
    }

    @Test
    void hostileTranscriptsStayText() throws Exception {
        RunResult r = HtmlReportWriterTest.run(HtmlReportWriterTest.HOSTILE);
        String dom = dumpDom(write("xss.html", HtmlReportWriterTest.html(r))).stdout();
        assertFalse(dom.contains("data-pwned=\""), "a payload ran: it sets data-pwned on <body>");
        Matcher body = Pattern.compile("<body[^>]*>").matcher(dom);
        assertTrue(body.find());
        assertEquals("<body>", body.group());
        assertEquals(r.agents().size(), HtmlReportWriterTest.count(dom, "class=\"bar\""), "exactly one class=\"bar\" per agent");
        assertEquals(5, r.agents().size());
        assertFalse(Pattern.compile("<(img|svg onload|a href=\"http|b onmouseover)").matcher(dom).find(), "no element made from data");
        assertTrue(dom.contains("这个我不知道。&lt;script&gt;alert(1)&lt;/script&gt;"), "the payload is shown as text");
    }

    @Test
    void clickingAnAgentsHeaderSortsTheTable() throws Exception {
        RunResult r = HtmlReportWriterTest.run(HtmlReportWriterTest.SAMPLES);
        String html = HtmlReportWriterTest.html(r);
        // the page's CSP admits only its own script; this copy drops it to add a script that clicks
        String probe = "<script>(function () {"
                + "function ids() { return Array.prototype.map.call(document.querySelectorAll('table.agents tbody tr'),"
                + " function (tr) { return tr.cells[0].textContent; }).join(' '); }"
                + "var b = document.querySelector('th[data-col=mean_score] button'); b.click();"
                + "document.body.setAttribute('data-asc', ids()); b.click();"
                + "document.body.setAttribute('data-desc', ids());"
                + "document.querySelector('th[data-col=agent_name] button').click();"
                + "document.body.setAttribute('data-name', ids());"
                + "})();</script>";
        String page = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
                .replace("</body>", probe + "\n</body>");
        String dom = dumpDom(write("sort.html", page)).stdout();
        // mean scores: A01 80.0, A02 76.7, A03 78.3, A04 66.7
        assertTrue(dom.contains("data-asc=\"A04 A02 A03 A01\""), dom.substring(0, Math.min(dom.length(), 2000)));
        assertTrue(dom.contains("data-desc=\"A01 A03 A02 A04\""));
        // names sort by code point: 林 U+6797, 王 U+738B, 赵 U+8D75, 陈 U+9648
        assertTrue(dom.contains("data-name=\"A03 A01 A04 A02\""));
    }
}
