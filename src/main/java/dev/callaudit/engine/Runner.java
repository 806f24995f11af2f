package dev.callaudit.engine;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Read, check, score, aggregate: the run without any formatting. */
public final class Runner {

    /** @param language the language of calls that name none ({@code --lang}); null means the default pack */
    public record Options(Charset encoding, String defaultAgent, String language, Progress progress,
                          Map<String, String> columns, Map<String, String> speakerValues, char delimiter) {

        public Options(Charset encoding, String defaultAgent, String language) {
            this(encoding, defaultAgent, language, Progress.NONE, Map.of(), Map.of(), (char) 0);
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
        List<CallResult> calls = new ArrayList<>();
        List<ReadItem.Rejected> rejected = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<InputException> errors = new ArrayList<>(inputErrors);
        Map<String, AgentStats> agents = new TreeMap<>();
        Map<String, String> firstFileOfId = new HashMap<>();
        ReadOptions readOptions = new ReadOptions(options.encoding(), options.defaultAgent(), warnings::add,
                options.columns(), options.speakerValues(), options.delimiter());
        long order = 0;
        int files = 0;
        long total = sources.stream().mapToLong(InputSource::size).reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
        Progress progress = options.progress();
        long turnsRead = 0;
        progress.started(total);
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
                    String firstFile = firstFileOfId.putIfAbsent(call.callId(), call.file());
                    if (firstFile != null) {
                        warnings.add(call.file() + ":" + call.line() + ": call id " + call.callId() + " also appears in "
                                + (firstFile.equals(call.file()) ? "this file" : firstFile) + "; audited as a separate call");
                    }
                    String language = languageOf(call);
                    Optional<Ruleset> pack = rules.forLanguage(language);
                    if (pack.isEmpty()) {
                        rejected.add(new ReadItem.Rejected(call.file(), call.line(), call.callId(),
                                "no rule pack for language '" + language + "' (available: " + String.join(", ", rules.packs().keySet()) + ")"));
                        continue;
                    }
                    CallResult result = auditor.audit(call, pack.get(), order);
                    calls.add(result);
                    agents.computeIfAbsent(result.agentId(), AgentStats::new)
                            .add(order, result.agentName(), result.score(), result.stages(), result.findings());
                }
            } catch (InputException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new InputException(src.name(), 0, "cannot be closed (" + e.getMessage() + ")"));
            }
        }
        progress.finished();
        long passed = calls.stream().filter(c -> c.score().passed()).count();
        long findings = calls.stream().mapToLong(c -> c.findings().size()).sum();
        Totals totals = new Totals(files, calls.size() + rejected.size(), calls.size(), rejected.size(),
                passed, calls.size() - passed, findings);
        return new RunResult(version, rules, totals, List.copyOf(agents.values()), calls, rejected, warnings, errors);
    }
}
