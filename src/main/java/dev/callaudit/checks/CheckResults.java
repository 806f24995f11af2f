package dev.callaudit.checks;

import dev.callaudit.checks.timing.TimingMetrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checks of one call report: a result per stage, the findings, the call's timing figures,
 * and warnings about the call's data (located, for the run's warnings; said once however many checks say it).
 */
public final class CheckResults {
    private final Map<String, StageResult> stages = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private TimingMetrics timing;

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

    public void warning(String located) {
        warnings.add(located);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void timing(TimingMetrics metrics) {
        timing = metrics;
    }

    /** The call's timing figures; null when no timing check ran. */
    public TimingMetrics timing() {
        return timing;
    }
}
