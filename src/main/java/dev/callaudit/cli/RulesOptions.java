package dev.callaudit.cli;

import dev.callaudit.rules.RuleBook;
import dev.callaudit.rules.RulesException;
import dev.callaudit.rules.RulesLoader;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --rules}, shared by the commands that load rules; {@code .callaudit.yaml} is found as linters find their config. */
public final class RulesOptions {
    static final String LOCAL_FILE = ".callaudit.yaml";

    @Option(names = "--rules", paramLabel = "FILE",
            description = "A rules file layered over the built-in packs; repeat to layer several, in order. "
                    + "Default: " + LOCAL_FILE + " in the current folder, if there is one.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--pack", paramLabel = "FILE",
            description = "A whole language pack from FILE, loaded like the built-in ones (one of the same name replaces it); repeatable.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "TAG",
            description = "Language of calls that name none (BCP-47: zh-CN, zh-TW, ...). Default: zh-CN.")
    String language;

    List<Path> files() {
        if (!rules.isEmpty()) {
            return rules;
        }
        Path local = Path.of(System.getProperty("user.dir")).resolve(LOCAL_FILE);
        return Files.isRegularFile(local) ? List.of(local) : List.of();
    }

    /**
     * The rules for a command that reads transcripts, or null once the located error is printed (the
     * command exits 2); a --lang no pack serves is a usage error.
     */
    RuleBook loadOrReport(java.io.PrintWriter err, picocli.CommandLine.Model.CommandSpec spec) {
        RuleBook book;
        try {
            book = load();
        } catch (RulesException e) {
            err.println("callaudit: " + e.located());
            err.flush();
            return null;
        }
        if (language != null && book.forLanguage(language).isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang " + language
                    + ": no rule pack for that language (packs: " + String.join(", ", book.packNames())
                    + "; zh-TW, zh-Hant and zh-HK use zh-CN)");
        }
        return book;
    }

    RuleBook load() throws RulesException {
        return load(false);
    }

    /** @param verifyAll also prove every built-in pack (its examples and self-checks), not only what the user's files touch */
    RuleBook load(boolean verifyAll) throws RulesException {
        return new RulesLoader(verifyAll).load(packs, files(), language);
    }
}
