package dev.callaudit.engine;

import dev.callaudit.TestSupport;
import dev.callaudit.model.Call;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallResultsTest {

    @Test
    void callsSpilledToDiskReadBackInOrderAsOftenAsAskedFor() {
        List<CallResult> audited = new ArrayList<>();
        for (String file : List.of("checks/labelled/zh-calls.jsonl", "checks/labelled/ko-calls.jsonl", "checks/labelled/en-calls.jsonl",
                "checks/timing/agent-aggregation.jsonl", "checks/timing/response-latency.jsonl")) {
            for (Call call : TestSupport.calls(file)) {
                audited.add(TestSupport.audit(call));
            }
        }
        CallResults spooled = new CallResults(10);
        audited.forEach(spooled::add);
        spooled.finish();
        assertEquals(audited.size(), spooled.size());
        assertTrue(audited.stream().anyMatch(c -> c.timing().timed()), "some calls carry timing figures");
        assertTrue(audited.stream().anyMatch(c -> !c.findings().isEmpty()), "some calls carry findings");
        for (int pass = 0; pass < 2; pass++) {
            // every field of every call comes back, stage order included
            List<CallResult> back = spooled.stream().toList();
            assertEquals(audited, back);
            for (int i = 0; i < back.size(); i++) {
                assertEquals(List.copyOf(audited.get(i).stages().keySet()), List.copyOf(back.get(i).stages().keySet()));
            }
        }
        spooled.close();
    }
}
