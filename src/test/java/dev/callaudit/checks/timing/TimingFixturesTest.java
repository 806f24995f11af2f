package dev.callaudit.checks.timing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callaudit.TestSupport;
import dev.callaudit.checks.Finding;
import dev.callaudit.engine.Auditor;
import dev.callaudit.engine.CallResult;
import dev.callaudit.model.Call;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesLoader;
import dev.callaudit.rules.TimingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timing fixtures under checks/timing: every call says in its {@code expect} field which timing
 * findings it must get ({@code rule@turn}), and gets exactly those, no more (checked both ways, as
 * checkstyle checks its inline markers), with its {@code why} in the failure message.
 */
class TimingFixturesTest {
    /** Each fixture and the rules file its expectations assume (null: the built-in packs). */
    private static final Map<String, String> FIXTURES = Map.of(
            "checks/timing/hold-etiquette.jsonl", "",
            "checks/timing/dead-air.jsonl", "",
            "checks/timing/response-latency.jsonl", "",
            "checks/timing/speaking-rate.jsonl", "",
            "checks/timing/talk-over.jsonl", "",
            "checks/timing/talk-share.jsonl", "rules/timing-talk-share-max.yaml",
            "checks/timing/untimed.jsonl", "",
            "checks/timing/agent-aggregation.jsonl", "");
    private static final List<String> LANGUAGES = List.of("zh-CN", "zh-TW", "ko", "en");
    private static final List<String> RULES = List.of(TimingConfig.HOLD_UNANNOUNCED, TimingConfig.HOLD_THANKS,
            TimingConfig.DEAD_AIR, TimingConfig.RESPONSE_LATENCY, TimingConfig.SPEAKING_RATE, TimingConfig.TALK_OVER,
            TimingConfig.TALK_SHARE);
    private static final Map<String, RuleBook> BOOKS = new java.util.concurrent.ConcurrentHashMap<>();

    private record Labelled(String fixture, Call call, Set<String> expect, String why) {
        @Override
        public String toString() {
            return call.callId();
        }
    }

    private static RuleBook rules(String layer) {
        return BOOKS.computeIfAbsent(layer, l -> {
            try {
                return l.isEmpty() ? TestSupport.builtInRules()
                        : new RulesLoader().load(List.of(TestSupport.resource(l)), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Labelled> labelled() {
        ObjectMapper json = new ObjectMapper();
        List<Labelled> out = new ArrayList<>();
        for (String fixture : new TreeSet<>(FIXTURES.keySet())) {
            Map<String, JsonNode> records = new TreeMap<>();
            try {
                for (String line : Files.readAllLines(TestSupport.resource(fixture))) {
                    if (!line.isBlank()) {
                        JsonNode n = json.readTree(line);
                        records.put(n.get("call_id").asText(), n);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Call call : TestSupport.calls(fixture)) {
                JsonNode n = records.get(call.callId());
                Set<String> expect = new TreeSet<>();
                n.get("expect").forEach(e -> expect.add(e.asText()));
                out.add(new Labelled(fixture, call, expect, n.get("why").asText()));
            }
        }
        return out;
    }

    static Stream<Arguments> calls() {
        return labelled().stream().map(l -> Arguments.of(l));
    }

    private static Set<String> timingFindings(Labelled l) {
        RuleBook book = rules(FIXTURES.get(l.fixture()));
        CallResult r = new Auditor().audit(l.call(), book.forLanguage(l.call().language()).orElseThrow(), 1);
        Set<String> got = new TreeSet<>();
        r.findings().stream().filter(f -> f.kind() == Finding.Kind.TIMING).forEach(f -> got.add(f.rule() + "@" + f.turn()));
        return got;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void eachCallGetsExactlyTheTimingFindingsItsLabelSays(Labelled l) {
        assertEquals(l.expect(), timingFindings(l), l.call().callId() + " (" + l.fixture() + "): " + l.why());
    }

    /**
     * The fixtures really cover what the issue asks: for every timing rule and every language, a
     * call that breaks it and a call in the same fixture that does not.
     */
    @Test
    void everyRuleFailsAndPassesInEveryLanguage() {
        List<Labelled> all = labelled();
        List<String> missing = new ArrayList<>();
        for (String rule : RULES) {
            for (String lang : LANGUAGES) {
                List<Labelled> inLanguage = all.stream().filter(l -> l.call().callId().startsWith(lang + "-")).toList();
                List<Labelled> failing = inLanguage.stream().filter(l -> l.expect().stream().anyMatch(e -> e.startsWith(rule + "@"))).toList();
                if (failing.isEmpty()) {
                    missing.add(rule + " never fails in " + lang);
                    continue;
                }
                Set<String> fixtures = new TreeSet<>(failing.stream().map(Labelled::fixture).toList());
                boolean passes = inLanguage.stream().anyMatch(l -> fixtures.contains(l.fixture())
                        && l.expect().stream().noneMatch(e -> e.startsWith(rule + "@")));
                if (!passes) {
                    missing.add(rule + " never passes in " + lang + " in " + fixtures);
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }
}
