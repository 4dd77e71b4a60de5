package org.jixiao.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone must build, test and load its demo data with nothing beside it: no file of the repository may point to a
 * path outside it, whether as a relative path that climbs above the root or as a known outside location.
 */
class RepositoryStandsAloneTest {

    private static final Set<String> NOT_SOURCES = Set.of(".git", "target", ".jixiao", "node_modules");
    private static final Pattern CLIMBING_PATH = Pattern.compile("(?:\\.\\./)+[A-Za-z0-9_.-]+");
    private static final Pattern OUTSIDE_LOCATIONS =
            Pattern.compile("shared/seeds|shared/DESIGN|DESIGN\\.md|DESIGN \\x{A7}|/work/(?:main|shared)");

    private final Path root = repositoryRoot();

    @Test
    void noFileRefersToAPathOutsideTheRepository() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(this::isSource).toList()) {
                String text = textOf(file);
                if (text != null) {
                    offenders.addAll(outsideReferences(file, text));
                }
            }
        }
        assertThat(offenders).as("references to paths outside the repository").isEmpty();
    }

    @Test
    void theCheckSeesAPathThatClimbsAboveTheRoot() {
        Path readme = root.resolve("README.md");
        // Written in two pieces, so that this file is not itself a reference outside the repository.
        String outside = ".." + "/shared/seeds/001.txt";
        assertThat(outsideReferences(readme, "see " + outside)).hasSize(2);
        assertThat(outsideReferences(readme, "see ../../elsewhere")).hasSize(1);
        assertThat(outsideReferences(root.resolve("e2e/pom.xml"), "${basedir}/../demo/tables"))
                .isEmpty();
    }

    private List<String> outsideReferences(Path file, String text) {
        List<String> found = new ArrayList<>();
        String where = root.relativize(file).toString();
        Matcher known = OUTSIDE_LOCATIONS.matcher(text);
        while (known.find()) {
            found.add(where + ": " + known.group());
        }
        Matcher climbing = CLIMBING_PATH.matcher(text);
        while (climbing.find()) {
            // A relative path may be read from the file's folder or from its module's (a test's working directory).
            if (escapes(file.getParent(), climbing.group()) && escapes(moduleOf(file), climbing.group())) {
                found.add(where + ": " + climbing.group());
            }
        }
        return found;
    }

    private boolean escapes(Path base, String relative) {
        return !base.resolve(relative).normalize().startsWith(root);
    }

    private Path moduleOf(Path file) {
        for (Path dir = file.getParent(); dir.startsWith(root); dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return root;
    }

    private boolean isSource(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        for (Path part : root.relativize(path)) {
            if (NOT_SOURCES.contains(part.toString())) {
                return false;
            }
        }
        return !path.equals(root.resolve("local-stack/src/test/java/org/jixiao/stack/RepositoryStandsAloneTest.java"));
    }

    /** The file as UTF-8 text, or null for a binary file (a workbook, the Maven wrapper's jar). */
    private static String textOf(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException binary) {
            return null;
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("local-stack"))) {
                return dir.normalize();
            }
        }
        throw new IllegalStateException("run from inside the repository");
    }
}
