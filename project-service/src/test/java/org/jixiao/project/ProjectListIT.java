package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/projects}: filters by unit, fiscal year and name, pages of a stable order, bounded sizes. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "project"))
class ProjectListIT {
    // Codes of this run only, so projects of other tests in the same database never match the filters.
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000);
    private static final String UNIT_A = "LA" + RUN;
    private static final String UNIT_B = "LB" + RUN;

    private static long a2024;
    private static long a2025Ops;
    private static long a2025Net;
    private static long a2025Percent;
    private static long a2025Latin;
    private static long b2025Ops;

    private static boolean registered;

    /** Once for the class; in a @BeforeEach because the application (and its port) is up only then. */
    @BeforeEach
    void registerProjects() {
        if (registered) {
            return;
        }
        registered = true;
        for (String unit : List.of(UNIT_A, UNIT_B)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", unit, "name", "单位" + unit))
                    .post("/api/units")
                    .then()
                    .statusCode(201);
        }
        a2024 = register(UNIT_A, 2024, "信息化运维项目");
        a2025Ops = register(UNIT_A, 2025, "信息化运维项目");
        a2025Net = register(UNIT_A, 2025, "网络安全保障经费");
        a2025Percent = register(UNIT_A, 2025, "完成率100%_专项");
        a2025Latin = register(UNIT_A, 2025, "Smart City Platform");
        b2025Ops = register(UNIT_B, 2025, "信息化运维项目");
    }

    static long register(String unit, int year, String name) {
        return ProjectRequests.created(Map.of(
                "unitCode",
                unit,
                "fiscalYear",
                year,
                "name",
                name,
                "budget",
                Map.of("total", 10, "fiscal", 10),
                "purpose",
                "测试",
                "goals",
                List.of("测试目标")));
    }

    static JsonPath list(Map<String, ?> query) {
        return given().queryParams(query)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }

    @Test
    void filtersByFiscalYearUnitAndNameTogether() {
        JsonPath of2025 = list(Map.of("unitCode", UNIT_A, "fiscalYear", 2025));
        assertThat(ids(of2025)).containsExactly(a2025Ops, a2025Net, a2025Percent, a2025Latin);
        assertThat(of2025.getLong("total")).isEqualTo(4);
        assertThat(of2025.getList("items.fiscalYear", Integer.class)).containsOnly(2025);
        assertThat(of2025.getList("items.unitCode", String.class)).containsOnly(UNIT_A);

        assertThat(ids(list(Map.of("unitCode", UNIT_A, "fiscalYear", 2024)))).containsExactly(a2024);
        assertThat(ids(list(Map.of("unitCode", UNIT_B)))).containsExactly(b2025Ops);
        assertThat(ids(list(Map.of("unitCode", UNIT_A, "fiscalYear", 2023)))).isEmpty();
    }

    @Test
    void nameMatchesASubstringIgnoringCaseAndTakesWildcardsLiterally() {
        assertThat(ids(list(Map.of("unitCode", UNIT_A, "name", "运维")))).containsExactly(a2024, a2025Ops);
        assertThat(ids(list(Map.of("fiscalYear", 2025, "name", "信息化运维项目"))))
                .contains(a2025Ops, b2025Ops)
                .doesNotContain(a2024);
        assertThat(ids(list(Map.of("unitCode", UNIT_A, "name", "city platform"))))
                .containsExactly(a2025Latin);
        assertThat(ids(list(Map.of("unitCode", UNIT_A, "name", "  安全 ")))).containsExactly(a2025Net);
        // % and _ are characters of the name here, not SQL wildcards.
        assertThat(ids(list(Map.of("unitCode", UNIT_A, "name", "%")))).containsExactly(a2025Percent);
        assertThat(ids(list(Map.of("unitCode", UNIT_A, "name", "_")))).containsExactly(a2025Percent);
        assertThat(ids(list(Map.of("unitCode", UNIT_A, "name", "100%_专")))).containsExactly(a2025Percent);
    }

    @Test
    void pagesFollowOneStableOrderAndReportTheTotal() {
        List<Long> all = ids(list(Map.of("unitCode", UNIT_A)));
        assertThat(all).containsExactly(a2024, a2025Ops, a2025Net, a2025Percent, a2025Latin);

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath body = list(Map.of("unitCode", UNIT_A, "page", page, "size", 2));
            assertThat(body.getInt("page")).isEqualTo(page);
            assertThat(body.getInt("size")).isEqualTo(2);
            assertThat(body.getLong("total")).isEqualTo(5);
            assertThat(ids(body)).hasSize(page < 2 ? 2 : 1);
            paged.addAll(ids(body));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(list(Map.of("unitCode", UNIT_A, "page", 0, "size", 2)).getList("items.id", Long.class))
                .isEqualTo(all.subList(0, 2));

        given().queryParam("unitCode", UNIT_A)
                .queryParam("page", 7)
                .queryParam("size", 2)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(7))
                .body("total", equalTo(5));
        given().queryParam("unitCode", UNIT_A)
                .get("/api/projects")
                .then()
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        given().queryParam("unitCode", UNIT_A)
                .queryParam("size", 200)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("size", equalTo(200));
    }

    @Test
    void refusesPagesAndSizesOutOfBoundsAndNumbersThatAreNot() {
        given().queryParam("size", 201)
                .get("/api/projects")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("size"))
                .body("violations[0].message", containsString("200"));
        given().queryParam("size", 0)
                .get("/api/projects")
                .then()
                .statusCode(422)
                .body("violations.field", contains("size"));
        given().queryParam("page", -1)
                .get("/api/projects")
                .then()
                .statusCode(422)
                .body("violations.field", contains("page"));
        given().queryParam("page", -1)
                .queryParam("size", 500)
                .get("/api/projects")
                .then()
                .statusCode(422)
                .body("violations.field", contains("page", "size"));
        given().queryParam("fiscalYear", "abc")
                .get("/api/projects")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("fiscalYear"));
        given().queryParam("size", "ten")
                .get("/api/projects")
                .then()
                .statusCode(422)
                .body("violations.field", contains("size"));
    }
}
