package dev.callaudit.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the checks of one call report: a result per stage and the findings. */
public final class CheckResults {
    private final Map<String, StageResult> stages = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    public void stage(String key, StageResult result) {
        stages.put(key, result);
    }

    public void finding(Finding f) {
        findings.add(f);
    }

    public Map<String, StageResult> stages() {
        return Collections.unmodifiableMap(stages);
    }

    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }
}
