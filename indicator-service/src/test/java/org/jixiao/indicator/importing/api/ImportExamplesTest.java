package org.jixiao.indicator.importing.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.indicator.importing.ImportService;
import org.jixiao.indicator.importing.rules.TableChecks;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.ReadResult;
import org.jixiao.targets.table.SeedFiles;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.targets.table.TargetTableTextReader;
import org.junit.jupiter.api.Test;

/** The documented import example is a valid excerpt of the published table, and its answers name its real id. */
class ImportExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExampleFilePassesEveryCheckAndIsAnExcerptOfThePublishedTable() throws Exception {
        ReadResult read = new TargetTableTextReader().read(ImportExamples.TEXT);
        assertThat(TableChecks.of(read, null).violations()).isEmpty();
        assertThat(read.tables()).hasSize(1);
        TargetTable example = read.tables().get(0);

        TargetTable published = new TargetTableTextReader()
                .read(SeedFiles.read("000_3f6b483e19263635.txt"))
                .tables()
                .get(0);
        assertThat(example.unitCode()).isEqualTo(published.unitCode());
        assertThat(example.projectName()).isEqualTo(published.projectName());
        assertThat(example.total()).isEqualTo(published.total());
        assertThat(example.goals()).isEqualTo(published.goals());
        assertThat(cells(published.indicators())).containsAll(cells(example.indicators()));

        JsonNode table = JSON.readTree(ImportExamples.SUMMARY).at("/tables/0");
        assertThat(table.path("unitCode").asText()).isEqualTo(example.unitCode());
        assertThat(table.path("projectName").asText()).isEqualTo(example.projectName());
        assertThat(table.path("indicators").asInt())
                .isEqualTo(example.indicators().size());
    }

    @Test
    void everyAnswerNamesTheImportIdTheExampleFileGets() throws Exception {
        String id = ImportService.contentHash(ImportExamples.TEXT.getBytes(StandardCharsets.UTF_8), null);
        for (String answer : List.of(
                ImportExamples.SUMMARY,
                ImportExamples.PENDING,
                ImportExamples.PENDING_STATE,
                ImportExamples.COMPLETED,
                ImportExamples.REJECTED)) {
            assertThat(JSON.readTree(answer).path("importId").asText()).isEqualTo(id);
        }
    }

    private static List<List<String>> cells(List<IndicatorRow> rows) {
        return rows.stream()
                .map(r -> List.of(r.level1(), r.level2(), r.name(), r.description(), r.target()))
                .toList();
    }
}
