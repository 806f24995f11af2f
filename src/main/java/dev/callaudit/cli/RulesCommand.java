package dev.callaudit.cli;

import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesException;
import dev.callaudit.rules.Ruleset;
import dev.callaudit.rules.StageConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code callaudit rules}: load and validate the effective rules, and say what they hold. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Validate the effective rules (built-in packs plus --rules layers) and summarize them.")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOptions rules;

    @picocli.CommandLine.Option(names = "--test", description = "Say how many example sentences the rules carry and that they all pass "
            + "(they run whenever rules load; a failing one is an error).")
    boolean test;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleBook book;
        try {
            book = rules.load(true);
        } catch (RulesException e) {
            spec.commandLine().getErr().println("callaudit: " + e.located());
            spec.commandLine().getErr().flush();
            return ExitCode.USAGE.code();
        }
        if (rules.language != null && !test) {
            String pack = RuleBook.resolve(rules.language, book.packNames());
            if (pack == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang " + rules.language
                        + ": no such pack (packs: " + String.join(", ", book.packNames()) + ")");
            }
            out.println("# effective rules of pack " + pack + " · callaudit " + Version.get() + " · rules " + book.hash());
            try {
                out.print(dev.callaudit.rules.RulesLoader.toYaml(book.effective(pack)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.flush();
            return ExitCode.OK.code();
        }
        out.println("callaudit " + Version.get() + " · rules " + book.hash());
        out.println("layers: built-in packs" + (rules.files().isEmpty() ? "" : ", then " + rules.files()));
        for (Ruleset r : book.packs().values()) {
            out.println();
            out.println("pack " + r.pack() + ": pass mark " + r.scoring().passMarkOrDefault()
                    + (r.companies().isEmpty() ? "" : ", company " + String.join(" / ", r.companies())));
            for (Map.Entry<String, StageConfig> s : r.stages().entrySet()) {
                StringBuilder groups = new StringBuilder();
                s.getValue().phraseGroups().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(g -> groups.append(groups.length() == 0 ? "" : ", ").append(g.getKey()).append(' ').append(g.getValue().size()));
                out.println("  stage " + s.getKey() + ": weight " + s.getValue().weightOrDefault() + " (" + groups + ")");
            }
            out.println("  forbidden phrases: " + r.forbidden().size());
            if (test) {
                out.println("  examples: " + dev.callaudit.rules.RulesLoader.exampleCount(r) + " sentences, all as expected;"
                        + " every phrase fires on itself");
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
