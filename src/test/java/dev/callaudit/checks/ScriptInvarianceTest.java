package dev.callaudit.checks;

import com.ibm.icu.text.Transliterator;
import dev.callaudit.TestSupport;
import dev.callaudit.engine.Auditor;
import dev.callaudit.engine.CallResult;
import dev.callaudit.model.Call;
import dev.callaudit.model.Turn;
import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.Ruleset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same calls written in Simplified and in Traditional script (converted with ICU's own
 * transform, whole sentences at a time) give the same stage results and the same findings, under
 * either Chinese pack.
 */
class ScriptInvarianceTest {
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
    private static final List<String> FIXTURES = List.of("checks/labelled/zh-calls.jsonl",
            "checks/forbidden/agent-and-customer.jsonl", "scoring/hand-scored.jsonl", "checks/stages/closing-variants.jsonl");

    @Test
    void traditionalAndSimplifiedTranscriptsGiveTheSameFindings() {
        RuleBook book = TestSupport.builtInRules();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String pack : List.of("zh-CN", "zh-TW")) {
            Ruleset rules = book.forLanguage(pack).orElseThrow();
            for (String fixture : FIXTURES) {
                for (Call simplified : TestSupport.calls(fixture)) {
                    Call traditional = convert(simplified);
                    String a = summary(new Auditor().audit(simplified, rules, 1));
                    String b = summary(new Auditor().audit(traditional, rules, 1));
                    compared++;
                    if (!a.equals(b)) {
                        differences.add(pack + " " + simplified.callId() + "\n  simplified:  " + a + "\n  traditional: " + b);
                    }
                }
            }
        }
        assertEquals(List.of(), differences, compared + " calls compared");
    }

    private static Call convert(Call c) {
        List<Turn> turns = c.turns().stream()
                .map(t -> new Turn(t.index(), t.speaker(), TO_TRADITIONAL.transliterate(t.text()), t.startMs(), t.endMs(), t.line()))
                .toList();
        return new Call(c.callId(), c.agentId(), c.agentName(), c.customerName() == null ? null : TO_TRADITIONAL.transliterate(c.customerName()),
                c.language(), c.direction(), c.file(), c.line(), turns);
    }

    private static String summary(CallResult r) {
        StringBuilder sb = new StringBuilder();
        r.stages().forEach((k, v) -> sb.append(k).append('=').append(v.status().key()).append(' '));
        r.findings().forEach(f -> sb.append(f.rule()).append('@').append(f.turn()).append(' '));
        return sb.append("score=").append(r.score().score()).toString();
    }
}
