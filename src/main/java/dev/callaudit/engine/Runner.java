package dev.callaudit.engine;

import dev.callaudit.checks.timing.TimingView;
import dev.callaudit.io.CallStream;
import dev.callaudit.io.InputException;
import dev.callaudit.io.InputSource;
import dev.callaudit.io.ReadItem;
import dev.callaudit.io.ReadOptions;
import dev.callaudit.io.Readers;
import dev.callaudit.io.TranscriptReader;
import dev.callaudit.model.Call;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.Ruleset;
import dev.callaudit.scoring.AgentStats;
import dev.callaudit.text.LanguageDetector;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import dev.callaudit.io.IdSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Read, check, score, aggregate: the run without any formatting. */
public final class Runner {

    /** @param language the language of calls that name none ({@code --lang}); null means the default pack */
    /** @param threads how many calls are audited at once; 0 means one per core */
    public record Options(Charset encoding, String defaultAgent, String language, Progress progress,
                          Map<String, String> columns, Map<String, String> speakerValues, char delimiter, int threads) {

        public Options(Charset encoding, String defaultAgent, String language) {
            this(encoding, defaultAgent, language, Progress.NONE, Map.of(), Map.of(), (char) 0, 0);
        }
    }

    private final RuleBook rules;
    private final Options options;
    private final Auditor auditor = new Auditor();

    public Runner(RuleBook rules, Options options) {
        this.rules = rules;
        this.options = options;
    }

    /** The record's language, else --lang, else what the text shows, else the default pack. */
    private String languageOf(Call call) {
        if (call.language() != null && !call.language().isBlank()) {
            return call.language();
        }
        if (options.language() != null) {
            return options.language();
        }
        StringBuilder text = new StringBuilder();
        for (var t : call.turns()) {
            if (text.length() > 4000) {
                break;
            }
            text.append(t.text()).append('\n');
        }
        String detected = LanguageDetector.detect(text);
        return detected != null ? detected : rules.defaultPack();
    }

    public RunResult run(List<InputSource> sources, List<InputException> inputErrors, String version) {
        CallResults calls = new CallResults();
        List<ReadItem.Rejected> rejected = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<InputException> errors = new ArrayList<>(inputErrors);
        Map<String, AgentStats> agents = new TreeMap<>();
        IdSet seenIds = new IdSet();
        List<String> fileNames = new ArrayList<>();
        ReadOptions readOptions = new ReadOptions(options.encoding(), options.defaultAgent(), warnings::add,
                options.columns(), options.speakerValues(), options.delimiter());
        long order = 0;
        int files = 0;
        long total = sources.stream().mapToLong(InputSource::size).reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
        Progress progress = options.progress();
        long turnsRead = 0;
        long[] counts = new long[3]; // passed, findings, calls without timestamps
        // the checks' warnings about a call's data come with its result, in input order, after the readers'
        // (which are said as the files are read): the same list whatever the number of threads
        List<String> callWarnings = new ArrayList<>();
        java.util.function.Consumer<CallResult> consume = result -> {
            calls.add(result);
            agents.computeIfAbsent(result.agentId(), AgentStats::new)
                    .add(result.order(), result.agentName(), result.score(), result.stages(), result.findings(), result.timing());
            counts[0] += result.score().passed() ? 1 : 0;
            counts[1] += result.findings().size();
            counts[2] += result.timing().status() == TimingView.Status.NO_TIMESTAMPS ? 1 : 0;
            callWarnings.addAll(result.warnings());
        };
        int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        // calls are read in order on this thread, audited on all cores, and taken back in input order
        // from a bounded window, so reports and aggregates never depend on thread timing
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "callaudit-audit");
            t.setDaemon(true);
            return t;
        }) : null;
        ArrayDeque<Future<CallResult>> window = new ArrayDeque<>();
        int maxWindow = threads * 64;
        progress.started(total);
        try {
            for (InputSource source : sources) {
                InputSource src = source;
                String format = src.extension();
                try {
                    if (src.isStdin()) {
                        String[] sniffed = new String[1];
                        src = Readers.sniffStdin(src.stdin(), sniffed);
                        format = sniffed[0];
                    }
                } catch (IOException e) {
                    errors.add(new InputException("<stdin>", 0, "standard input cannot be read (" + e.getMessage() + ")"));
                    continue;
                }
                Optional<TranscriptReader> reader = Readers.forExtension(format);
                if (reader.isEmpty()) {
                    errors.add(new InputException(src.name(), 0, "unknown file type"));
                    continue;
                }
                files++;
                fileNames.add(src.name());
                try (CallStream stream = reader.get().open(src, readOptions)) {
                    ReadItem item;
                    while ((item = stream.next()) != null) {
                        order++;
                        turnsRead += item instanceof ReadItem.Accepted a ? a.call().turns().size() : 0;
                        if ((order & 0xFF) == 0) { // summing the sources' counters costs a little: every 256 records
                            progress.progress(order, turnsRead, sources.stream().mapToLong(x -> x.bytesRead().get()).sum());
                        }
                        if (item instanceof ReadItem.Rejected r) {
                            rejected.add(r);
                            continue;
                        }
                        Call call = ((ReadItem.Accepted) item).call();
                        int firstFile = seenIds.putIfAbsent(call.callId(), fileNames.size() - 1);
                        if (firstFile >= 0) {
                            String first = fileNames.get(firstFile);
                            warnings.add(call.file() + ":" + call.line() + ": call id " + call.callId() + " also appears in "
                                    + (first.equals(call.file()) ? "this file" : first) + "; audited as a separate call");
                        }
                        String language = languageOf(call);
                        Optional<Ruleset> pack = rules.forLanguage(language);
                        if (pack.isEmpty()) {
                            rejected.add(new ReadItem.Rejected(call.file(), call.line(), call.callId(),
                                    "no rule pack for language '" + language + "' (available: " + String.join(", ", rules.packNames()) + ")"));
                            continue;
                        }
                        long seq = order;
                        Ruleset ruleset = pack.get();
                        if (pool == null) {
                            consume.accept(auditor.audit(call, ruleset, seq));
                        } else {
                            window.add(pool.submit(() -> auditor.audit(call, ruleset, seq)));
                            while (window.size() > maxWindow) {
                                consume.accept(take(window.poll()));
                            }
                        }
                    }
                } catch (InputException e) {
                    errors.add(e);
                } catch (IOException e) {
                    errors.add(new InputException(src.name(), 0, "cannot be closed (" + e.getMessage() + ")"));
                }
            }
            while (!window.isEmpty()) {
                consume.accept(take(window.poll()));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        calls.finish();
        progress.finished();
        long audited = calls.size();
        warnings.addAll(callWarnings);
        Totals totals = new Totals(files, audited + rejected.size(), audited, rejected.size(), counts[0], audited - counts[0], counts[1],
                counts[2]);
        return new RunResult(version, rules, totals, List.copyOf(agents.values()), calls, rejected, warnings, errors);
    }

    private static CallResult take(Future<CallResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
    }

}
