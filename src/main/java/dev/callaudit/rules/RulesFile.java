package dev.callaudit.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;
import java.util.Map;

/**
 * One rules file as written: a built-in pack or a user's layer. Every field is optional in a layer;
 * {@link RulesLoader} merges the layers and checks that the result is complete.
 *
 * @param pack the pack a file is (built-in) or applies to (user file; absent means every pack)
 * @param inherits a pack file only: the pack whose rules it starts from (zh-TW inherits zh-CN's forbidden list)
 * @param timing thresholds, severities, penalties and phrases of the timing checks; absent values are the seeds'
 */
public record RulesFile(
        String pack,
        String inherits,
        String description,
        List<String> company,
        ScoringConfig scoring,
        @JsonDeserialize(using = StagesDeserializer.class) Map<String, StageConfig> stages,
        List<ForbiddenRule> forbidden,
        List<String> disable,
        InputConfig input,
        TimingConfig timing) {

    public RulesFile {
        company = company == null ? List.of() : List.copyOf(company);
        stages = stages == null ? Map.of() : stages;
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
        disable = disable == null ? List.of() : List.copyOf(disable);
        input = input == null ? InputConfig.NONE : input;
        timing = timing == null ? TimingConfig.DEFAULTS : timing;
    }
}
