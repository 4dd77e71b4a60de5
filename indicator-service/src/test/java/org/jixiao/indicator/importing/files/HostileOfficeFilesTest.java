package org.jixiao.indicator.importing.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.targets.table.SeedFiles;
import org.jixiao.targets.table.TargetTableTextReader;
import org.jixiao.testinfra.DocxFromText;
import org.jixiao.testinfra.XlsxFromTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Office files built to exhaust the service are refused quickly with a problem that names the file and the reason,
 * never the library's internals. The files are generated here, each a valid package with one hostile part.
 */
class HostileOfficeFilesTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final int MAX_ROWS = 10_000;
    /**
     * CPU time of the reading thread: unlike wall time it stays meaningful on a build machine shared by many jobs.
     * Refusing takes well under a second of it; reading a bomb through would take minutes or exhaust the heap.
     */
    private static final Duration QUICK = Duration.ofSeconds(3);

    @BeforeAll
    static void defaultLimits() {
        new OfficeFiles.Limits(0.01, 16L << 20, 4_000_000).apply();
    }

    /** About 1 GB of identical rows packed into a few MB: refused by the inflate ratio once past the grace size. */
    @Test
    void aSheetExpandingToAGigabyteIsRefusedAs413() {
        String row = row(0, "产出指标", "数量指标", "硬件采购数量", "≥17台");
        byte[] bomb = workbook(HostilePackages.sheet(1_300_000, r -> row));
        assertThat(bomb.length).isLessThan(10 << 20);

        ProblemException refused = refusedWithin(QUICK, () -> XlsxTables.read(bomb, MAX_ROWS));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.getMessage()).startsWith("file: ").contains("Excel (XLSX) workbook");
        assertCleanOf(refused);
    }

    /**
     * About 85 MB of sheet XML with enough entropy to pass the inflate ratio: streaming stops at the first row beyond
     * max-rows, without ever holding the sheet.
     */
    @Test
    void aLowEntropySheetOfManyRowsStopsAtMaxRows() {
        Random random = new Random(12);
        byte[] big = workbook(HostilePackages.sheet(
                100_000, r -> row(r, "产出指标", "数量指标", "数量" + random.nextLong(), "≥" + random.nextInt(1000) + "台")));

        ProblemException refused = refusedWithin(QUICK, () -> XlsxTables.read(big, MAX_ROWS));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.getMessage()).contains("sheet 绩效目标表").contains("more than 10000 rows");
        assertCleanOf(refused);
    }

    /** One part larger than max-entry-size (a cell of 20 MB of varied text) is refused as it unpacks. */
    @Test
    void aPartLargerThanTheEntryLimitIsRefusedAs413() {
        Random random = new Random(7);
        byte[] huge = workbook(out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 16];
            for (int i = 0; i < 320; i++) {
                for (int j = 0; j < chunk.length; j++) {
                    chunk[j] = (byte) ('a' + random.nextInt(16));
                }
                out.write(chunk);
            }
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });

        ProblemException refused = refusedWithin(QUICK, () -> XlsxTables.read(huge, MAX_ROWS));
        assertThat(refused.status()).isEqualTo(413);
        assertCleanOf(refused);
    }

    @Test
    void aWorkbookWithADoctypeIsRefused() {
        byte[] workbook = workbook(out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\">" + HostilePackages.cell(0, 1, "&xxe;") + "</row></sheetData></worksheet>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        ProblemException refused = refusedWithin(QUICK, () -> XlsxTables.read(workbook, MAX_ROWS));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.violations())
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .contains("Excel (XLSX) workbook")
                        .contains("DOCTYPE"));
        assertCleanOf(refused);
    }

    @Test
    void aWordDocumentWithADoctypeIsRefused() throws java.io.IOException {
        byte[] docx = DocxFromText.of(SeedFiles.read("000_3f6b483e19263635.txt"));
        String document = HostilePackages.entry(docx, "word/document.xml");
        String hostile =
                document.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
        assertThat(hostile).contains("<!DOCTYPE");
        byte[] withDoctype = HostilePackages.replace(
                docx, "word/document.xml", out -> out.write(hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        ProblemException refused = refusedWithin(QUICK, () -> DocxText.of(withDoctype));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.violations())
                .singleElement()
                .satisfies(v ->
                        assertThat(v.message()).contains("Word (DOCX) document").contains("DOCTYPE"));
        assertCleanOf(refused);
    }

    @Test
    void somethingThatIsNotAPackageIsNamedWithoutInternals() {
        ProblemException refused = refusedWithin(QUICK, () -> XlsxTables.read("PK not really".getBytes(), MAX_ROWS));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.getMessage()).isEqualTo("file: is not a readable Excel (XLSX) workbook");
    }

    /** A workbook in the template's layout whose sheet is {@code sheet}. */
    private static byte[] workbook(HostilePackages.Part sheet) {
        try {
            return workbookOrFail(sheet);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] workbookOrFail(HostilePackages.Part sheet) throws java.io.IOException {
        byte[] valid = XlsxFromTables.of(new TargetTableTextReader()
                .read(SeedFiles.read("000_3f6b483e19263635.txt"))
                .tables()
                .subList(0, 1));
        return HostilePackages.replace(valid, SHEET, sheet);
    }

    /** Row {@code r} (0-based after the header) of a project of its own, with one indicator. */
    private static String row(int r, String level1, String level2, String name, String target) {
        int line = r + 2;
        List<String> cells =
                List.of("573301", "单位", "项目", "11.00", "11.00", "", "用途", "目标", level1, level2, name, name, target);
        StringBuilder row = new StringBuilder("<row r=\"" + line + "\">");
        for (int c = 0; c < cells.size(); c++) {
            row.append(HostilePackages.cell(c, line, cells.get(c)));
        }
        return row.append("</row>").toString();
    }

    private static ProblemException refusedWithin(Duration limit, Runnable read) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read::run);
        Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
        assertThat(thrown).isInstanceOf(ProblemException.class);
        assertThat(took).as("CPU time to refuse").isLessThan(limit);
        return (ProblemException) thrown;
    }

    /** No library internals in what the caller sees. */
    private static void assertCleanOf(ProblemException problem) {
        String shown = problem.getMessage() + problem.violations();
        assertThat(shown)
                .doesNotContainIgnoringCase("org.apache")
                .doesNotContainIgnoringCase("bugzilla")
                .doesNotContainIgnoringCase("xmlbeans")
                .doesNotContain("Exception");
    }
}
