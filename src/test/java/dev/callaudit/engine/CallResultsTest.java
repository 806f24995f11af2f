package dev.callaudit.engine;

import dev.callaudit.TestSupport;
import dev.callaudit.model.Call;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CallResultsTest {

    @Test
    void callsSpilledToDiskReadBackInOrderAsOftenAsAskedFor() {
        List<CallResult> audited = new ArrayList<>();
        List<Call> calls = TestSupport.calls("checks/labelled/zh-calls.jsonl");
        for (int i = 0; i < calls.size(); i++) {
            audited.add(TestSupport.audit(calls.get(i)));
        }
        CallResults spooled = new CallResults(10);
        audited.forEach(spooled::add);
        spooled.finish();
        assertEquals(audited.size(), spooled.size());
        for (int pass = 0; pass < 2; pass++) {
            List<String> back = spooled.stream().map(c -> c.callId() + c.stages() + c.findings() + c.score()).toList();
            assertEquals(audited.stream().map(c -> c.callId() + c.stages() + c.findings() + c.score()).toList(), back);
        }
        spooled.close();
    }
}
