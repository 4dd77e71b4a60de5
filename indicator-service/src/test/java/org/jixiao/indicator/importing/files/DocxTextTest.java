package org.jixiao.indicator.importing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.targets.table.SeedFiles;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.targets.table.TargetTableTextReader;
import org.jixiao.testinfra.DocxFromText;
import org.junit.jupiter.api.Test;

class DocxTextTest {

    /** What a table says, without the line numbers (a document has no lines). */
    record Content(
            int number,
            String title,
            String unitCode,
            String unitName,
            String projectName,
            String total,
            String fiscal,
            String other,
            String purpose,
            List<String> goals,
            List<List<String>> indicators) {
        static Content of(TargetTable t) {
            return new Content(
                    t.number(),
                    t.title(),
                    t.unitCode(),
                    t.unitName(),
                    t.projectName(),
                    t.total(),
                    t.fiscal(),
                    t.other(),
                    t.purpose(),
                    t.goals(),
                    t.indicators().stream()
                            .map(r -> List.of(r.level1(), r.level2(), r.name(), r.description(), r.target()))
                            .toList());
        }
    }

    static List<Content> read(String text) {
        return new TargetTableTextReader()
                .read(text).tables().stream().map(Content::of).toList();
    }

    @Test
    void theSeedTablesAsAWordDocumentReadTheSameAsTheirText() throws IOException {
        for (String name : List.of("000_3f6b483e19263635.txt", "003_ef15d747a5f69479.txt")) {
            String text = SeedFiles.read(name);
            String fromDocx = DocxText.of(DocxFromText.of(text));
            assertThat(new TargetTableTextReader().read(fromDocx).problems())
                    .as(name)
                    .isEmpty();
            assertThat(read(fromDocx)).as(name).isEqualTo(read(text)).isNotEmpty();
        }
    }

    @Test
    void somethingElseIsRejectedAsAnInvalidFile() {
        assertThatThrownBy(() -> DocxText.of("not a document".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("DOCX");
    }
}
