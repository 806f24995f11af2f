package dev.callaudit.checks;

import dev.callaudit.checks.timing.DeadAirCheck;
import dev.callaudit.checks.timing.HoldEtiquetteCheck;
import dev.callaudit.checks.timing.ResponseLatencyCheck;
import dev.callaudit.checks.timing.SpeakingRateCheck;
import dev.callaudit.checks.timing.TalkOverCheck;
import dev.callaudit.checks.timing.TalkShareCheck;
import dev.callaudit.rules.StageConfig;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every check, in report order. Adding a stage is its class (with its settings record) and one line
 * here: the rules loader learns the stage's key and settings from this list, the reports its column.
 */
public final class CheckRegistry {

    public record StageDef(String key, Class<? extends StageConfig> configType, Supplier<Check> factory) {
    }

    private static final List<StageDef> STAGES = List.of(
            new StageDef(OpeningCheck.KEY, OpeningCheck.Config.class, OpeningCheck::new),
            new StageDef(CallerNameCheck.KEY, CallerNameCheck.Config.class, CallerNameCheck::new),
            new StageDef(ConfirmationCheck.KEY, ConfirmationCheck.Config.class, ConfirmationCheck::new),
            new StageDef(AnythingElseCheck.KEY, AnythingElseCheck.Config.class, AnythingElseCheck::new),
            new StageDef(ClosingCheck.KEY, ClosingCheck.Config.class, ClosingCheck::new));

    private static final List<Supplier<Check>> OTHER_CHECKS = List.of(
            ForbiddenPhraseCheck::new,
            HoldEtiquetteCheck::new,
            DeadAirCheck::new,
            ResponseLatencyCheck::new,
            SpeakingRateCheck::new,
            TalkOverCheck::new,
            TalkShareCheck::new);

    private CheckRegistry() {
    }

    public static List<String> stageKeys() {
        return STAGES.stream().map(StageDef::key).toList();
    }

    public static Class<? extends StageConfig> stageConfigType(String key) {
        return STAGES.stream().filter(s -> s.key().equals(key)).map(StageDef::configType).findFirst().orElse(null);
    }

    /** Fresh instances of every check, stages first in report order. */
    public static List<Check> checks() {
        return java.util.stream.Stream.concat(STAGES.stream().map(s -> s.factory().get()),
                OTHER_CHECKS.stream().map(Supplier::get)).toList();
    }
}
