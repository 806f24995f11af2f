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
    /** @param direction the direction of calls whose record names none ({@code --direction}); null means inbound */
    /** @param groupBySort group a CSV's rows by call before reading it ({@code --group-by-sort}) */
    public record Options(Charset encoding, String defaultAgent, String language, Progress progress,
                          Map<String, String> columns, Map<String, String> speakerValues, char delimiter, int threads,
                          dev.callaudit.model.Direction direction, boolean groupBySort) {

        public Options(Charset encoding, String defaultAgent, String language) {
            this(encoding, defaultAgent, language, Progress.NONE, Map.of(), Map.of(), (char) 0, 0, null, false);
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
        ReadOptions readOptions = readOptions(warnings);
        long order = 0;
        int files = 0;
        long total = sources.stream().mapToLong(InputSource::size).reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
        Progress progress = options.progress();
        long turnsRead = 0;
        long[] counts = new long[3]; // passed, findings, calls without timestamps
        // the checks' warnings about a call's data come with its result, in input order, after the readers'
        // (which are said as the files are read): the same list whatever the number of threads
        List<String> callWarnings = new ArrayList<>();
        // a call's result, or its rejection (by a reader, or for want of a rule pack), taken in input order
        java.util.function.Consumer<Object> consume = outcome -> {
            if (outcome instanceof ReadItem.Rejected r) {
                rejected.add(r);
                return;
            }
            CallResult result = (CallResult) outcome;
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
        ArrayDeque<Future<Object>> window = new ArrayDeque<>();
        int maxWindow = threads * 64;
        progress.started(total);
        try {
            for (InputSource src : sources) {
                CallStream opened;
                try {
                    opened = open(src, readOptions);
                } catch (InputException e) {
                    errors.add(e);
                    continue;
                }
                files++;
                fileNames.add(src.name());
                try (CallStream stream = opened) {
                    ReadItem item;
                    while ((item = stream.next()) != null) {
                        order++;
                        turnsRead += item instanceof ReadItem.Accepted a ? a.call().turns().size() : 0;
                        if ((order & 0xFF) == 0) { // summing the sources' counters costs a little: every 256 records
                            progress.progress(order, turnsRead, sources.stream().mapToLong(x -> x.bytesRead().get()).sum());
                        }
                        if (item instanceof ReadItem.Rejected r) {
                            if (pool == null) {
                                consume.accept(r);
                            } else {
                                window.add(java.util.concurrent.CompletableFuture.completedFuture(r));
                            }
                            continue;
                        }
                        Call call = ((ReadItem.Accepted) item).call();
                        int firstFile = seenIds.putIfAbsent(call.callId(), fileNames.size() - 1);
                        if (firstFile >= 0) {
                            String first = fileNames.get(firstFile);
                            warnings.add(call.file() + ":" + call.line() + ": call id " + call.callId() + " also appears in "
                                    + (first.equals(call.file()) ? "this file" : first) + "; audited as a separate call");
                        }
                        long seq = order;
                        if (pool == null) {
                            consume.accept(audit(call, seq));
                        } else {
                            // the language is told from the text, on the auditing thread too
                            window.add(pool.submit(() -> audit(call, seq)));
                        }
                        while (window.size() > maxWindow) {
                            consume.accept(take(window.poll()));
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

    /** The call audited against its language's pack, or rejected when no pack serves its language. */
    private Object audit(Call call, long seq) {
        String language = languageOf(call);
        Optional<Ruleset> pack = rules.forLanguage(language);
        if (pack.isEmpty()) {
            return new ReadItem.Rejected(call.file(), call.line(), call.callId(),
                    "no rule pack for language '" + language + "' (available: " + String.join(", ", rules.packNames()) + ")");
        }
        return auditor.audit(call, pack.get(), seq);
    }

    private ReadOptions readOptions(List<String> warnings) {
        return new ReadOptions(options.encoding(), options.defaultAgent(), warnings::add,
                options.columns(), options.speakerValues(), options.delimiter(), options.direction(), options.groupBySort());
    }

    /** A reader on one input: standard input is sniffed for its format, a file is known by its extension. */
    private static CallStream open(InputSource source, ReadOptions options) throws InputException {
        InputSource src = source;
        String format = src.extension();
        if (src.isStdin()) {
            try {
                String[] sniffed = new String[1];
                src = Readers.sniffStdin(src.stdin(), sniffed);
                format = sniffed[0];
            } catch (IOException e) {
                throw new InputException("<stdin>", 0, "standard input cannot be read (" + e.getMessage() + ")");
            }
        }
        Optional<TranscriptReader> reader = Readers.forExtension(format);
        if (reader.isEmpty()) {
            throw new InputException(src.name(), 0, "unknown file type");
        }
        return reader.get().open(src, options);
    }

    /** One call with the rules it is audited against and its result: what {@code explain} shows. */
    public record Explained(Call call, Ruleset rules, CallResult result) {
    }

    /**
     * Finds the call {@code callId} in the inputs (null: the inputs' only call) and audits it.
     *
     * @throws InputException when there is no such call, it was rejected, or several calls leave the choice open
     */
    public Explained explain(List<InputSource> sources, String callId) throws InputException {
        List<String> warnings = new ArrayList<>();
        ReadOptions readOptions = readOptions(warnings);
        List<String> seen = new ArrayList<>();
        Call found = null;
        ReadItem.Rejected rejected = null;
        for (InputSource src : sources) {
            try (CallStream stream = open(src, readOptions)) {
                ReadItem item;
                while ((item = stream.next()) != null) {
                    String id = item instanceof ReadItem.Accepted a ? a.call().callId() : ((ReadItem.Rejected) item).callId();
                    if (callId != null && callId.equals(id) && item instanceof ReadItem.Rejected r) {
                        throw new InputException(r.file(), r.line(), "call " + callId + " is rejected: " + r.reason());
                    }
                    if (rejected == null && item instanceof ReadItem.Rejected r) {
                        rejected = r;
                    }
                    if (item instanceof ReadItem.Accepted a && (callId == null ? found == null : callId.equals(id))) {
                        found = a.call();
                        if (callId != null) {
                            return audited(found);
                        }
                    }
                    if (id != null && seen.size() < 1000) {
                        seen.add(id);
                    }
                    if (callId == null && seen.size() > 1) {
                        throw new InputException(src.name(), item instanceof ReadItem.Accepted a ? a.call().line() : ((ReadItem.Rejected) item).line(),
                                "more than one call (" + String.join(", ", seen) + ", ...): choose one with --call ID");
                    }
                }
            } catch (IOException e) {
                throw new InputException(src.name(), 0, "cannot be closed (" + e.getMessage() + ")");
            }
        }
        if (found != null) {
            return audited(found);
        }
        if (callId == null && rejected != null) {
            throw new InputException(rejected.file(), rejected.line(), (rejected.callId() == null ? "the only call"
                    : "call " + rejected.callId()) + " is rejected: " + rejected.reason());
        }
        String names = sources.stream().map(InputSource::name).reduce((a, b) -> a + ", " + b).orElse("the input");
        throw new InputException(names, 0, callId == null ? "no call found"
                : "no call with id " + callId + (seen.isEmpty() ? "" : " (calls: " + String.join(", ", seen.subList(0, Math.min(10, seen.size())))
                + (seen.size() > 10 ? ", ..." : "") + ")"));
    }

    private Explained audited(Call call) throws InputException {
        String language = languageOf(call);
        Ruleset ruleset = rules.forLanguage(language).orElseThrow(() -> new InputException(call.file(), call.line(),
                "no rule pack for language '" + language + "' (available: " + String.join(", ", rules.packNames()) + ")"));
        return new Explained(call, ruleset, auditor.audit(call, ruleset, 1));
    }

    private static Object take(Future<Object> f) {
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
