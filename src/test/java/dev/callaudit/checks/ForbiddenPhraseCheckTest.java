package dev.callaudit.checks;

import dev.callaudit.TestSupport;
import dev.callaudit.engine.CallResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForbiddenPhraseCheckTest {
    private static final String FIXTURE = "checks/forbidden/agent-and-customer.jsonl";

    private static List<Finding> forbidden(String id) {
        CallResult r = TestSupport.audit(TestSupport.call(FIXTURE, id));
        return r.findings().stream().filter(f -> f.kind() == Finding.Kind.FORBIDDEN).toList();
    }

    @Test
    void findsForbiddenPhrasesInSimplifiedAgentTurnsAndQuotesTheOriginal() {
        List<Finding> found = forbidden("agent-simplified");
        List<String> quotes = found.stream().map(Finding::match).toList();
        assertTrue(quotes.stream().anyMatch(q -> q.contains("不知道")), quotes.toString());
        assertTrue(quotes.stream().anyMatch(q -> q.contains("不清楚")), quotes.toString());
        assertTrue(quotes.contains("不归我管"), quotes.toString());
        Finding notMine = found.stream().filter(f -> f.match().equals("不归我管")).findFirst().orElseThrow();
        assertEquals(5, notMine.turn());
        assertEquals("这事不归我管,你去问网络部吧。", notMine.text());
        assertTrue(notMine.suggestion() != null && !notMine.suggestion().isBlank(), "the seed's replacement phrase is suggested");
    }

    @Test
    void findsTheSamePhrasesInTraditionalScriptQuotingTheTraditionalText() {
        List<String> quotes = forbidden("agent-traditional").stream().map(Finding::match).toList();
        assertTrue(quotes.contains("不歸我管"), "the quote is the original Traditional text: " + quotes);
        assertTrue(quotes.stream().anyMatch(q -> q.contains("不知道")), quotes.toString());
        assertTrue(quotes.stream().anyMatch(q -> q.contains("不清楚")), quotes.toString());
    }

    @Test
    void oneUtteranceCostsOnceEvenWhenTwoRulesOverlap() {
        List<Finding> turn3 = forbidden("agent-traditional").stream().filter(f -> f.turn() == 3).toList();
        assertEquals(2, turn3.size(), "我不知道 and 我不清楚, each once: " + turn3);
    }

    @Test
    void customerTurnsAreNeverFindings() {
        assertEquals(List.of(), forbidden("customer-only"));
    }

    @Test
    void theSeedsOwnPolitePhrasesAreNotForbidden() {
        assertEquals(List.of(), forbidden("polite-seed-phrases"));
    }
}
