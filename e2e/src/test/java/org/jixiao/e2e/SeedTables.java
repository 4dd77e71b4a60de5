package org.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.SeedFiles;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.targets.table.TargetTableTextReader;
import org.jixiao.testinfra.DocxFromText;
import org.jixiao.testinfra.XlsxFromTables;

/** Assertions on the published seed tables as imported through the gateway, row by row against the files. */
final class SeedTables {
    static final Path SEEDS = SeedFiles.dir();
    static final List<String> FILES = List.of("000_3f6b483e19263635.txt", "003_ef15d747a5f69479.txt");

    private SeedTables() {}

    static List<TargetTable> tables(String file) throws IOException {
        return new TargetTableTextReader()
                .read(Files.readString(SEEDS.resolve(file)))
                .tables();
    }

    static void assertImported() throws IOException {
        given().queryParam("unitCode", "573301")
                .queryParam("fiscalYear", 2025)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("total", equalTo(9));
        given().queryParam("unitCode", "302101")
                .queryParam("fiscalYear", 2025)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("total", equalTo(6));
        for (String file : FILES) {
            for (TargetTable table : tables(file)) {
                assertProject(table);
            }
        }
    }

    private static void assertProject(TargetTable table) {
        JsonPath found = given().queryParam("unitCode", table.unitCode())
                .queryParam("fiscalYear", 2025)
                .queryParam("name", table.projectName())
                .get("/api/projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> exact = found.<Map<String, Object>>getList("items").stream()
                .filter(p -> table.projectName().equals(p.get("name")))
                .toList();
        assertThat(exact).as(table.projectName()).hasSize(1);
        Map<String, Object> project = exact.get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> budget = (Map<String, Object>) project.get("budget");
        assertThat(new BigDecimal(budget.get("total").toString())).isEqualByComparingTo(table.total());
        assertThat(new BigDecimal(budget.get("fiscal").toString())).isEqualByComparingTo(table.fiscal());
        assertThat(project.get("goals")).isEqualTo(table.goals());

        List<Map<String, Object>> indicators = given().get("/api/projects/" + project.get("id") + "/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(indicators)
                .as(table.projectName())
                .hasSize(table.indicators().size());
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = table.indicators().get(i);
            Map<String, Object> indicator = indicators.get(i);
            assertThat(indicator.get("level1")).isEqualTo(row.level1());
            assertThat(indicator.get("level2")).isEqualTo(row.level2());
            assertThat(indicator.get("name")).isEqualTo(row.name().strip());
            @SuppressWarnings("unchecked")
            Map<String, Object> target = (Map<String, Object>) indicator.get("target");
            assertThat(target.get("raw"))
                    .as(table.projectName() + " row " + row.line())
                    .isEqualTo(row.target().strip());
        }
    }

    static void assertReimportChangesNothing() throws IOException {
        for (String file : FILES) {
            given().contentType("text/plain; charset=utf-8")
                    .queryParam("fiscalYear", 2025)
                    .body(Files.readAllBytes(SEEDS.resolve(file)))
                    .post("/api/imports")
                    .then()
                    .statusCode(201)
                    .body("tables.outcome", everyItem(equalTo("UNCHANGED")))
                    .body("tables.size()", equalTo(tables(file).size()));
            // The same table uploaded as a form field is a new request for the same content: nothing new either.
            given().multiPart("file", SEEDS.resolve(file).toFile(), "text/plain")
                    .queryParam("fiscalYear", 2025)
                    .post("/api/imports")
                    .then()
                    .statusCode(201)
                    .body("tables.outcome", everyItem(equalTo("UNCHANGED")));
        }
        assertImported();
    }

    /** The same tables as the Word document they are published in, or as the spreadsheet layout, change nothing. */
    static void assertDocxImportsToTheSameState() throws IOException {
        for (String file : FILES) {
            byte[] docx = DocxFromText.of(Files.readString(SEEDS.resolve(file)));
            given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    .queryParam("fiscalYear", 2025)
                    .body(docx)
                    .post("/api/imports")
                    .then()
                    .statusCode(201)
                    .body("tables.size()", equalTo(tables(file).size()))
                    .body("tables.outcome", everyItem(equalTo("UNCHANGED")));
        }
        for (String file : FILES) {
            given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .queryParam("fiscalYear", 2025)
                    .body(XlsxFromTables.of(tables(file)))
                    .post("/api/imports")
                    .then()
                    .statusCode(201)
                    .body("tables.outcome", everyItem(equalTo("UNCHANGED")));
        }
        assertImported();
        byte[] template = given().get("/api/imports/template.xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        assertThat(template).isNotEmpty();
        given().contentType("application/vnd.ms-excel")
                .body(new byte[] {1, 2, 3})
                .post("/api/imports")
                .then()
                .statusCode(415);
    }

    static void assertBrokenTableRejected() throws IOException {
        int before = given().get("/api/projects").then().extract().path("total");
        String text = Files.readString(SEEDS.resolve(FILES.get(1)));
        String broken = text.replaceFirst("项目名称\n\t市外办履职保障经费\n", "项目名称\n\t市外办新项目\n")
                .replaceFirst("\t质量指标\n\t确保机关正常运转运行率", "\t服务质量指标\n\t确保机关正常运转运行率")
                .replaceFirst("预算数\n\t50.00", "预算数\n\t55.00");
        given().contentType("text/plain; charset=utf-8")
                .queryParam("fiscalYear", 2025)
                .body(broken)
                .post("/api/imports")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(startsWith("table 1 (市外办履职保障经费")))
                .body("violations.message", hasItem(startsWith("is not allowed under '产出指标'")));
        given().get("/api/projects").then().body("total", equalTo(before));
    }
}
