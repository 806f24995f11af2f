package dev.callaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build's class-data sharing training run (pom.xml, after the jar is made): a few command lines
 * in one JVM, so that the archive it records ({@code -XX:ArchiveClassesAtExit=target/callaudit.jsa})
 * holds the classes of the usual runs, not only of one: an audit on the built-in packs into every
 * report format, an audit with a rules file of the user's own (the YAML path), and an explain. Their
 * output is thrown away; a command that fails only leaves its classes out of the archive.
 *
 * <p>{@code CdsTraining SAMPLES_DIR WORK_DIR}
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        Path rules = work.resolve("rules.yaml");
        Files.writeString(rules, "# a layer over the built-in packs, as a team's .callaudit.yaml is\n"
                + "company: [Acme]\nscoring:\n  pass_mark: 75\n", StandardCharsets.UTF_8);
        run("audit", "-q", "--out-dir", work.resolve("reports").toString(), "--format", "text,csv,json,html,sarif,junit", samples.toString());
        run("audit", "-q", "--format", "text", "--rules", rules.toString(), samples.toString());
        run("explain", samples.resolve("calls.csv").toString(), "--call", "c-1004", "--color", "never");
    }

    private static void run(String... args) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        int code = CallAuditCli.run(args, sink, sink, InputStream.nullInputStream());
        System.out.println("callaudit " + String.join(" ", args) + ": exit " + code);
    }
}
