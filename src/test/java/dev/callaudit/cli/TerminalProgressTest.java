package dev.callaudit.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalProgressTest {

    @Test
    void showsRateShareAndEtaAndClearsItsLineAtTheEnd() {
        AtomicLong now = new AtomicLong(0);
        StringWriter err = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(err), now::get);
        p.started(1000);
        now.set(2_000_000_000L); // 2 s in, a quarter read
        p.progress(256, 5120, 250);
        assertEquals("  256 calls · 5,120 turns · 2,560 turns/s · 25% · ETA 0:06", p.line(now.get(), 250));
        assertTrue(err.toString().startsWith("\r  256 calls"));
        p.finished();
        assertTrue(err.toString().endsWith("\r"), "the line is cleared so the summary starts clean");
    }

    @Test
    void withoutAKnownSizeThereIsNoEta() {
        TerminalProgress p = new TerminalProgress(new PrintWriter(new StringWriter()), () -> 0L);
        p.started(-1);
        assertFalse(p.line(1_000_000_000L, 500).contains("ETA"));
    }

    @Test
    void nothingIsDrawnWhenNotOnATerminal() {
        assertFalse(Cli.run("audit", "samples").err().contains("\r"), "tests run without a console, as pipes do");
    }
}
