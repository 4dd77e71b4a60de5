package org.jixiao.indicator.importing.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds hostile Office files for tests: a valid package with one part replaced by what the test writes. */
final class HostilePackages {
    /** Writes the replacement part's content. */
    interface Part {
        void write(OutputStream out) throws IOException;
    }

    private HostilePackages() {}

    /** {@code pkg} with the entry {@code name} replaced by {@code part}, every other entry copied. */
    static byte[] replace(byte[] pkg, String name, Part part) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    part.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one entry of a package. */
    static String entry(byte[] pkg, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException("no entry " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sheet in the template's layout: the header, then {@code rows} rows made by {@code row} (given the row index
     * from 0), streamed so that the test itself never holds the sheet.
     */
    static Part sheet(int rows, java.util.function.IntFunction<String> row) {
        return out -> {
            write(
                    out,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            StringBuilder header = new StringBuilder("<row r=\"1\">");
            for (int c = 0; c < XlsxLayout.HEADER.size(); c++) {
                header.append(cell(c, 1, XlsxLayout.HEADER.get(c)));
            }
            write(out, header.append("</row>").toString());
            for (int r = 0; r < rows; r++) {
                write(out, row.apply(r));
            }
            write(out, "</sheetData></worksheet>");
        };
    }

    /** One inline-string cell of column {@code column} (0 = A) in row {@code line} (1-based). */
    static String cell(int column, int line, String text) {
        return "<c r=\"" + (char) ('A' + column) + line + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
