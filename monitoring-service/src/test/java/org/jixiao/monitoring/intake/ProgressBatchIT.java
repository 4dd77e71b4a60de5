package org.jixiao.monitoring.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.jixiao.monitoring.intake.IntakeFixtures.TODAY;
import static org.jixiao.monitoring.intake.IntakeFixtures.indicator;
import static org.jixiao.monitoring.intake.IntakeFixtures.project;
import static org.jixiao.monitoring.intake.IntakeFixtures.recordsBeforeMarker;
import static org.jixiao.monitoring.intake.IntakeFixtures.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ProgressBatchIT {
    private static final String XLSX = ProgressBatchResource.XLSX;

    @Test
    void jsonBatchIsPublishedWholeAndEveryReportStored() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        long repairTime = indicator(projectId, "≤4小时");
        String batch = "[" + report(devices, TODAY, "9台") + "," + report(repairTime, TODAY, "90分钟") + ","
                + report(devices, TODAY.minusDays(1), "8台") + "]";

        List<String> eventIds = given().contentType(ContentType.JSON)
                .body(batch)
                .post("/api/progress/batch")
                .then()
                .statusCode(202)
                .body("count", equalTo(3))
                .body("eventIds", hasSize(3))
                .extract()
                .path("eventIds");

        IntakeFixtures.awaitStored(IntakeFixtures.ids(eventIds));
        assertThat(IntakeFixtures.stored(UUID.fromString(eventIds.get(1))).value)
                .isEqualTo("90分钟");
        assertThat(recordsBeforeMarker(projectId, devices))
                .extracting(IntakeFixtures::eventId)
                .containsExactlyElementsOf(eventIds);
    }

    @Test
    void csvWithByteOrderMarkAndQuotedFieldsIsAccepted() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String csv = "\uFEFFindicatorId,asOf,value,likelihood,deviationCategory,deviationReason,correctiveAction,"
                + "forecast,corrects,reporter\r\n"
                + devices + "," + TODAY + ",9台,LIKELY,FUNDING,\"资金未到位, 已申请\n第二批下月到\",催办,18台,,张三\r\n"
                + devices + "," + TODAY.minusDays(2) + ",7台,,,,,,,\r\n";

        List<String> eventIds = given().contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/progress/batch")
                .then()
                .statusCode(202)
                .body("count", equalTo(2))
                .extract()
                .path("eventIds");

        IntakeFixtures.awaitStored(IntakeFixtures.ids(eventIds));
        ProgressReport first = IntakeFixtures.stored(UUID.fromString(eventIds.get(0)));
        assertThat(first.deviationReason).isEqualTo("资金未到位, 已申请\n第二批下月到");
        assertThat(first.deviationCategory).isEqualTo("FUNDING");
        assertThat(first.likelihood).isEqualTo("LIKELY");
        assertThat(first.forecast).isEqualTo("18台");
        assertThat(first.reporter).isEqualTo("张三");
    }

    @Test
    void workbookIsAcceptedAsBodyAndAsUploadAndCsvAsUpload() throws IOException {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        byte[] xlsx = workbook(devices);

        given().contentType(XLSX)
                .body(xlsx)
                .post("/api/progress/batch")
                .then()
                .statusCode(202)
                .body("count", equalTo(2));
        given().multiPart("file", "进展.xlsx", xlsx, XLSX)
                .post("/api/progress/batch")
                .then()
                .statusCode(202)
                .body("count", equalTo(2));
        String csv = "indicatorId,asOf,value\n" + devices + "," + TODAY + ",10台\n";
        List<String> uploaded = given().multiPart("file", "进展.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/progress/batch")
                .then()
                .statusCode(202)
                .body("count", equalTo(1))
                .extract()
                .path("eventIds");

        IntakeFixtures.awaitStored(IntakeFixtures.ids(uploaded));
        assertThat(recordsBeforeMarker(projectId, devices)).hasSize(5);
    }

    @Test
    void invalidBatchNamesEveryFailingReportAndPublishesNothing() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        long repairTime = indicator(projectId, "≤4小时");
        long coverage = indicator(projectId, "≥90%");
        String batch = "[" + report(devices, TODAY, "9台") + ","
                + report(repairTime, TODAY, "90分钟") + ","
                + report(coverage, TODAY, "5台") + ","
                + report(devices, TODAY.plusDays(1), "9台") + ","
                + report(987654321L, TODAY, "9台") + ","
                + "{\"indicatorId\":" + devices + ",\"asOf\":\"not a date\",\"value\":\"9台\"}]";

        given().contentType(ContentType.JSON)
                .body(batch)
                .post("/api/progress/batch")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("[2].value", "[3].asOf", "[4].indicatorId", "[5].asOf"));

        String csv = "indicatorId,asOf,value\n" + devices + "," + TODAY + ",9台\n" + coverage + "," + TODAY + ",5台\n";
        given().contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/api/progress/batch")
                .then()
                .statusCode(422)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("[1].value"))
                .body("violations[0].message", startsWith("row 3: unit '台'"));

        assertThat(recordsBeforeMarker(projectId, devices)).isEmpty();
        assertThat(IntakeFixtures.reportsOf(repairTime)).isZero();
    }

    @Test
    void emptyOversizedForeignAndUnreadableBatchesAreRefused() {
        given().contentType(ContentType.JSON)
                .body("[]")
                .post("/api/progress/batch")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("body"));
        given().contentType("text/csv")
                .body("indicatorId,asOf,value\n")
                .post("/api/progress/batch")
                .then()
                .statusCode(422)
                .body("violations[0].message", equalTo("the batch holds no reports"));
        given().contentType("text/csv")
                .body("indicatorId,asOf,colour\n1,2025-01-01,red\n")
                .post("/api/progress/batch")
                .then()
                .statusCode(422)
                .body("violations.field", containsInAnyOrder("header", "header"));
        StringBuilder tooMany = new StringBuilder("indicatorId,asOf,value\n");
        for (int i = 0; i <= 10_000; i++) {
            tooMany.append("1,").append(TODAY).append(",1\n");
        }
        given().contentType("text/csv")
                .body(tooMany.toString())
                .post("/api/progress/batch")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT)
                .body("indicatorId,asOf,value\n")
                .post("/api/progress/batch")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType(XLSX)
                .body("not a workbook".getBytes(StandardCharsets.UTF_8))
                .post("/api/progress/batch")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("body"));
        given().multiPart("other", "x.csv", "a".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/progress/batch")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("file"));
        given().contentType(ContentType.JSON)
                .body("[{\"indicatorId\":")
                .post("/api/progress/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static byte[] workbook(long indicatorId) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("进展");
            cells(sheet.createRow(0), "indicatorId", "asOf", "value", "reporter");
            Row typed = sheet.createRow(1);
            typed.createCell(0).setCellValue(indicatorId);
            typed.createCell(1).setCellValue(TODAY.toString());
            // The id is a numeric cell; the value is text, because a bare number against ≥17台 is refused (write 9台).
            typed.createCell(2).setCellValue("9台");
            cells(
                    sheet.createRow(2),
                    Long.toString(indicatorId),
                    TODAY.minusDays(1).toString(),
                    "8台",
                    "李四");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
