package dev.callaudit;

import dev.callaudit.engine.CallResult;
import dev.callaudit.engine.Auditor;
import dev.callaudit.io.CallStream;
import dev.callaudit.io.InputSource;
import dev.callaudit.io.JsonTranscriptReader;
import dev.callaudit.io.ReadItem;
import dev.callaudit.io.ReadOptions;
import dev.callaudit.model.Call;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesLoader;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared test plumbing: fixtures by resource path, the built-in rules, auditing a call. */
public final class TestSupport {
    private static RuleBook builtIn;

    private TestSupport() {
    }

    public static Path resource(String name) {
        try {
            var url = TestSupport.class.getResource("/" + name);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized RuleBook builtInRules() {
        if (builtIn == null) {
            try {
                builtIn = new RulesLoader(true).load(List.of(), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return builtIn;
    }

    /** Every record of a JSON or JSON Lines fixture; fails on a rejected one. */
    public static List<Call> calls(String resource) {
        List<Call> out = new ArrayList<>();
        Path p = resource(resource);
        try (CallStream s = new JsonTranscriptReader().open(InputSource.file(resource, p),
                new ReadOptions(StandardCharsets.UTF_8, null, w -> { }))) {
            ReadItem item;
            while ((item = s.next()) != null) {
                if (item instanceof ReadItem.Rejected r) {
                    throw new IllegalStateException("fixture " + resource + ":" + r.line() + " rejected: " + r.reason());
                }
                out.add(((ReadItem.Accepted) item).call());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public static Call call(String resource, String callId) {
        return calls(resource).stream().filter(c -> c.callId().equals(callId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no call " + callId + " in " + resource));
    }

    public static CallResult audit(Call call) {
        RuleBook rules = builtInRules();
        return new Auditor().audit(call, rules.forLanguage(call.language()).orElseThrow(), 1);
    }
}
