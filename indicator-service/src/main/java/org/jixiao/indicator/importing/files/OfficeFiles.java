package org.jixiao.indicator.importing.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.web.ProblemTitles;

/**
 * Opens uploaded Office files (DOCX, XLSX are zip packages) under explicit limits, and turns every way they can fail
 * into a problem that names the file and the reason without the library's internals. The package is opened from a
 * temporary file, so its parts are inflated one at a time, on demand, each through POI's zip-bomb guard (inflate
 * ratio, largest part); nothing reads a part whole before those limits apply.
 */
public final class OfficeFiles {
    private OfficeFiles() {}

    /** The zip limits every Office file is read under (POI keeps them per JVM; only imports read Office files). */
    public record Limits(double minInflateRatio, long maxEntrySize, long maxTextSize) {
        public void apply() {
            ZipSecureFile.setMinInflateRatio(minInflateRatio);
            ZipSecureFile.setMaxEntrySize(maxEntrySize);
            ZipSecureFile.setMaxTextSize(maxTextSize);
        }
    }

    /** What to do with an opened package; may throw anything, which {@link #read} turns into a problem. */
    interface PackageReader<T> {
        T read(OPCPackage pkg) throws Exception;
    }

    /** Opens {@code bytes} as a package and reads it; {@code kind} ("Word (DOCX) document") names it in errors. */
    static <T> T read(byte[] bytes, String kind, PackageReader<T> reader) {
        Path file = null;
        try {
            file = Files.createTempFile("jixiao-import-", ".zip");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return reader.read(pkg);
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw problem(e, kind);
        } finally {
            delete(file);
        }
    }

    /** The problem a failure to read the file is; the cause's own text is logged by no one and shown to no one. */
    static ProblemException problem(Throwable failure, String kind) {
        String text = causes(failure);
        if (text.contains("zip bomb") || text.contains("max_file_count")) {
            return new ProblemException(
                    413,
                    ProblemTitles.PAYLOAD_TOO_LARGE,
                    "file: the " + kind + " expands to more than " + ZipSecureFile.getMaxEntrySize()
                            + " bytes in one part, or more than " + Math.round(1 / ZipSecureFile.getMinInflateRatio())
                            + " times its packed size; such a file is not accepted",
                    List.of(new org.jixiao.web.Problem.Violation(
                            "file", "unpacks to too much data (jixiao.import.max-entry-size, min-inflate-ratio)")),
                    Map.of());
        }
        if (text.contains("doctype") || text.contains("entity")) {
            return ProblemException.invalid(
                    "file", "the " + kind + " declares a DOCTYPE or an external entity, which is not accepted");
        }
        return ProblemException.invalid("file", "is not a readable " + kind);
    }

    /** Every message in the cause chain, lower case, to recognise the failure by. */
    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage())
                    .append('\n');
        }
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
