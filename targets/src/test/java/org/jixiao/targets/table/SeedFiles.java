package org.jixiao.targets.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real published tables kept in the repository's {@code demo/tables}; the build passes their folder as the system
 * property {@code jixiao.seeds.dir} (see the root pom), an IDE run finds it from the working directory.
 */
public final class SeedFiles {

    /** 9 tables of unit 573301 (中国国际贸易促进委员会天津市分会). */
    public static final String CCPIT = "000_3f6b483e19263635.txt";

    /** 6 tables of unit 302101 (天津市人民政府外事办公室), one without a title line. */
    public static final String FOREIGN_AFFAIRS = "003_ef15d747a5f69479.txt";

    private SeedFiles() {}

    public static Path dir() {
        String configured = System.getProperty("jixiao.seeds.dir");
        if (configured != null && !configured.isBlank()) {
            return existing(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("demo/tables"))) {
                return dir.resolve("demo/tables");
            }
        }
        throw new IllegalStateException("demo/tables not found: run from the repository or set -Djixiao.seeds.dir");
    }

    public static String read(String name) {
        try {
            return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("seed directory does not exist: " + dir);
        }
        return dir;
    }
}
