package org.jixiao.stack;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * Files that hold secrets (keys, passwords): readable by their owner only from the moment they exist. A secret is
 * written to a fresh temporary file created with mode 0600 and then moved over the old one, so no reader ever sees
 * it with wider permissions or half written.
 */
final class SecretFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFiles() {}

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = createOwnerOnly(file.resolveSibling(file.getFileName() + ".tmp"));
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void write(Path file, Properties properties, String comment) throws IOException {
        var text = new java.io.StringWriter();
        try (Writer writer = text) {
            properties.store(writer, comment);
        }
        write(file, text.toString());
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    static boolean isOwnerOnly(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file).equals(OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            return true;
        }
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createFile(file, mode);
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: the data directory's own permissions must do
            return Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("another process is writing " + file, raced);
        }
    }
}
