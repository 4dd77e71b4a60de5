package org.jixiao.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A class-data sharing archive of one service's JVM in {@code <data>/cds/<module>.jsa} (docs/operations.md, "The local
 * stack"): the classes a run loaded, parsed and verified once and mapped by the next start instead of being read from
 * the jars again. JDK 17 has no {@code -XX:+AutoCreateSharedArchive} (JDK 19), so the launcher does its part by hand:
 * a start without a usable archive writes one when the service exits ({@code -XX:ArchiveClassesAtExit}), a start with
 * one maps it ({@code -XX:SharedArchiveFile}). An archive older than the service's jar is from another build and is
 * written anew; the JVM checks the jar itself too and starts without the archive if it does not match.
 */
final class ClassDataArchive {
    /** The data directory's subdirectory of the archives. */
    static final String DIR = "cds";

    /** The JVM's exit code after SIGKILL: a dump cut short must not become the next start's archive. */
    private static final int KILLED = 128 + 9;

    private final Path archive;
    private final Path writing;
    private final List<String> options;

    private ClassDataArchive(Path archive, Path writing, List<String> options) {
        this.archive = archive;
        this.writing = writing;
        this.options = options;
    }

    /**
     * @param mayWrite false for a second instance of a module (a further monitoring-service, a rebuild): it uses the
     *     archive of the first but never writes one, so two JVMs never dump to the same file; false too when the
     *     stack was built just before (ServiceProcess)
     */
    static ClassDataArchive forService(Path dataDir, String module, Path jar, boolean mayWrite) throws IOException {
        Path dir = dataDir.resolve(DIR);
        Path archive = dir.resolve(module + ".jsa");
        Path writing = dir.resolve(module + ".jsa.part");
        if (Files.isRegularFile(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
            return new ClassDataArchive(archive, null, List.of("-XX:SharedArchiveFile=" + archive));
        }
        if (!mayWrite) {
            return new ClassDataArchive(archive, null, List.of());
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(archive);
        Files.deleteIfExists(writing);
        // The dump warns about every class it leaves out (not linked, generated accessors): thousands of log lines.
        return new ClassDataArchive(
                archive, writing, List.of("-XX:ArchiveClassesAtExit=" + writing, "-Xlog:cds=error"));
    }

    /** True when this JVM writes the archive as it exits, which takes a few seconds more to stop. */
    boolean writes() {
        return writing != null;
    }

    /** The JVM options that map or write the archive (none when there is nothing to do). */
    List<String> options() {
        return options;
    }

    /** After the JVM has exited: a complete dump becomes the archive the next start maps. */
    void afterExit(int exitCode) {
        if (writing == null) {
            return;
        }
        try {
            if (exitCode != KILLED && Files.size(writing) > 0) {
                Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException noDump) {
            // No archive this time (the JVM could not write one): the next start runs without and tries again.
        }
    }
}
