package dev.callaudit.bench;

import dev.callaudit.rules.PhraseKey;
import dev.callaudit.rules.RulesLoader;
import dev.callaudit.rules.Ruleset;
import dev.callaudit.text.Normalized;
import dev.callaudit.text.PhraseMatch;
import dev.callaudit.text.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The text layer alone, one turn per operation, on turns typical of the benchmark corpus
 * ({@link CorpusGenerator#sampleTurns}: 1024 turns of the language, agents' and customers'):
 * {@code normalize} is {@code TextNormalizer.INSTANCE.normalize(String)}, {@code findAll} is the
 * pack's one Aho-Corasick matcher over an already normalized turn (every stage and forbidden phrase
 * and exception), and {@code normalizeAndFindAll} is both, which is what the audit does per turn.
 * Built and run by {@code bin/bench --jmh} (Maven profile {@code bench}, {@code target/benchmarks.jar}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TextLayerBench {

    @Param({"zh-CN", "zh-TW", "ko", "en"})
    public String lang;

    private String[] turns;
    private Normalized[] normalized;
    private Ruleset ruleset;
    private int next;

    @Setup
    public void setUp() throws Exception {
        turns = CorpusGenerator.sampleTurns(lang, 1024, 7L).toArray(String[]::new);
        ruleset = new RulesLoader().load(List.of(), null).forLanguage(lang).orElseThrow();
        normalized = new Normalized[turns.length];
        for (int i = 0; i < turns.length; i++) {
            normalized[i] = TextNormalizer.INSTANCE.normalize(turns[i]);
        }
    }

    private int index() {
        next = (next + 1) & 1023;
        return next;
    }

    @Benchmark
    public Normalized normalize() {
        return TextNormalizer.INSTANCE.normalize(turns[index()]);
    }

    @Benchmark
    public List<PhraseMatch<PhraseKey>> findAll() {
        return ruleset.matcher().findAll(normalized[index()]);
    }

    @Benchmark
    public List<PhraseMatch<PhraseKey>> normalizeAndFindAll() {
        return ruleset.matcher().findAll(TextNormalizer.INSTANCE.normalize(turns[index()]));
    }
}
