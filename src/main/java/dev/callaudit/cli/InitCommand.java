package dev.callaudit.cli;

import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesException;
import dev.callaudit.rules.RulesLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code callaudit init}: a commented starter rules file for a language and a company, that loads as it is. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write a commented starter rules file (" + RulesOptions.LOCAL_FILE + ") for a language and a company.")
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "TAG", defaultValue = "zh-CN", description = "The pack it layers over. Default: ${DEFAULT-VALUE}.")
    String language;

    @Option(names = "--company", paramLabel = "NAME", required = true, description = "Your company's name, as agents say it.")
    String company;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (- for standard output). Default: "
            + RulesOptions.LOCAL_FILE + " in the current folder.")
    String out;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        RuleBook builtIn;
        try {
            builtIn = new RulesLoader().load(List.of(), null);
        } catch (RulesException e) {
            spec.commandLine().getErr().println("callaudit: " + e.located());
            return ExitCode.USAGE.code();
        }
        String pack = RuleBook.resolve(language, builtIn.packNames());
        if (pack == null) {
            throw new ParameterException(spec.commandLine(), "--lang " + language + ": no such pack (packs: "
                    + String.join(", ", builtIn.packNames()) + ")");
        }
        if (company.isBlank() || company.contains("\n") || company.contains("]") || company.contains("#")) {
            throw new ParameterException(spec.commandLine(), "--company: a name on one line, without ] or #");
        }
        String text = template(pack).replace("${pack}", pack).replace("${company}", company.strip());
        if ("-".equals(out)) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
        Path target = Path.of(out == null ? RulesOptions.LOCAL_FILE : out);
        if (Files.exists(target) && !force) {
            spec.commandLine().getErr().println("callaudit: " + target + " exists; use --force to overwrite it");
            return ExitCode.USAGE.code();
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println("callaudit: wrote " + target + "; check it with: callaudit rules --rules " + target);
        return ExitCode.OK.code();
    }

    private static String template(String pack) throws IOException {
        String name = "/callaudit/init/" + pack + ".yaml";
        try (InputStream in = InitCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no starter file for pack " + pack + " (" + name + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
