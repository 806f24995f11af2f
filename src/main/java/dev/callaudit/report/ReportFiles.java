package dev.callaudit.report;

import dev.callaudit.engine.RunResult;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes reports to files atomically: each goes to a temporary file beside its target and is moved
 * into place when complete, so a crash or Ctrl-C never leaves half a report where a spreadsheet or a
 * CI server will read it. Temporary files still open at exit are removed.
 */
public final class ReportFiles {
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_PROGRESS.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the process is ending; nothing more can be done
            }
        })));
    }

    private ReportFiles() {
    }

    /** Writes one report to {@code target}. */
    public static void write(Path target, ReportFormat format, RunResult result, ReportOptions options, boolean bom) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        IN_PROGRESS.add(tmp);
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                if (bom) {
                    w.write('\uFEFF');
                }
                format.writer().write(result, options, w);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            IN_PROGRESS.remove(tmp);
        }
    }

    /** Writes every file of every format into {@code dir}; returns their names in the order written. */
    public static List<String> writeAll(Path dir, List<ReportFormat> formats, RunResult result, ReportOptions options, boolean bom)
            throws IOException {
        List<String> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            for (Map.Entry<String, ReportView> file : format.files().entrySet()) {
                ReportOptions forView = new ReportOptions(file.getValue(), options.redact(), options.generatedAt());
                write(dir.resolve(file.getKey()), format, result, forView, bom && format == ReportFormat.CSV);
                written.add(file.getKey());
            }
        }
        return written;
    }
}
