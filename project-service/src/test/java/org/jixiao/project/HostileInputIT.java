package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.project.projects.Project;
import org.jixiao.project.units.Unit;
import org.jixiao.testinfra.Fastest;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * Hostile input (issue 12): huge numbers, overflowing pages and over-long text are refused with a small 422 naming
 * the field, quickly, and leave no row and no event behind.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "project"))
class HostileInputIT {
    private static final int SMALL_BODY = 2_000;

    @Test
    void aThirtyByteExponentIsA422NamingTheAmountQuicklyAndSmall() {
        String unitCode = "H" + System.nanoTime() % 1_000_000_000L;
        ProjectRequests.createProject(unitCode, "既有项目");
        for (String number : List.of("1E+20000000", "1E+400000000", "-1E+20000000", "1E-20000000")) {
            String body = ProjectRequests.project(unitCode, "指数项目", number, "0", "0");
            Response answer = refusedWithoutWrites(
                    () -> given().contentType(ContentType.JSON).body(body).post("/api/projects"));
            assertThat(answer.jsonPath().getList("violations.field", String.class))
                    .as(number)
                    .containsExactly("budget.total");
            // Measured against an ordinary refusal: a busy machine slows both alike.
            String ordinary = ProjectRequests.project(unitCode, "指数项目", "-1", "0", "0");
            long baseline = Fastest.millisOf(
                    5,
                    () -> given().contentType(ContentType.JSON).body(ordinary).post("/api/projects"));
            assertThat(Fastest.millisOf(
                            5,
                            () -> given().contentType(ContentType.JSON)
                                    .body(body)
                                    .post("/api/projects")))
                    .as("milliseconds for " + number + ", an ordinary refusal took " + baseline)
                    .isLessThan(baseline + Fastest.MARGIN_MILLIS);
        }
    }

    @Test
    void amountsBeyondTheDomainBoundAreNamedWithoutRepeatingThem() {
        String unitCode = "A" + System.nanoTime() % 1_000_000_000L;
        ProjectRequests.createProject(unitCode, "既有项目");
        Response tooLarge = refusedWithoutWrites(() -> given().contentType(ContentType.JSON)
                .body(ProjectRequests.project(unitCode, "大额项目", "10000000000", "10000000000", "0"))
                .post("/api/projects"));
        assertThat(tooLarge.jsonPath().getList("violations.field", String.class))
                .containsExactly("budget.total", "budget.fiscal");
        assertThat(tooLarge.asString()).doesNotContain("10000000000");

        // Fails both the decimals and the sum rule: only the decimals are reported, the sum is not formed.
        Response decimals = refusedWithoutWrites(() -> given().contentType(ContentType.JSON)
                .body(ProjectRequests.project(unitCode, "小数项目", "1.00001", "1", "0"))
                .post("/api/projects"));
        assertThat(decimals.jsonPath().getList("violations.field", String.class))
                .containsExactly("budget.total");
    }

    @Test
    void hugeSpendingIsA422NamingSpentAndRecordsNothing() {
        long id = ProjectRequests.createProject("S" + System.nanoTime() % 1_000_000_000L, "支出项目");
        for (String number : List.of("1E+20000000", "12345678901")) {
            long postings = ProjectRequests.count(org.jixiao.project.execution.BudgetExecution.class);
            Response answer = given().contentType(ContentType.JSON)
                    .body("{\"asOf\":\"2025-06-30\",\"spent\":" + number + "}")
                    .post("/api/projects/" + id + "/budget-execution");
            assertProblem(answer, 422);
            assertThat(answer.jsonPath().getList("violations.field", String.class))
                    .containsExactly("spent");
            assertThat(ProjectRequests.count(org.jixiao.project.execution.BudgetExecution.class))
                    .isEqualTo(postings);
        }
        given().get("/api/projects/" + id + "/budget-execution").then().statusCode(200);
    }

    @Test
    void aPageWhoseOffsetOverflowsIsA422NamingPage() {
        Response answer =
                given().queryParam("page", 10_737_419).queryParam("size", 200).get("/api/projects");
        assertProblem(answer, 422);
        assertThat(answer.jsonPath().getList("violations.field", String.class)).containsExactly("page");

        // The last allowed page is answered (empty), the next one is not.
        given().queryParam("page", 100_000)
                .queryParam("size", 200)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("page", org.hamcrest.Matchers.equalTo(100_000))
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        assertProblem(given().queryParam("page", 100_001).get("/api/projects"), 422);

        // A number too long to read is quoted back cut short.
        Response unreadable = given().queryParam("page", "9".repeat(1_000)).get("/api/projects");
        assertProblem(unreadable, 422);
        assertThat(unreadable.jsonPath().getList("violations.field", String.class))
                .containsExactly("page");
        assertThat(unreadable.asString()).doesNotContain("9".repeat(65));
    }

    @Test
    void overLongProjectTextIsA422NamingEachField() {
        String unitCode = "T" + System.nanoTime() % 1_000_000_000L;
        ProjectRequests.createProject(unitCode, "既有项目");
        String tooLong = """
                {"unitCode":"%s","fiscalYear":2025,"name":"%s",
                 "budget":{"total":1,"fiscal":1,"other":0},
                 "purpose":"%s","goals":["保障运行","%s"]}
                """.formatted(unitCode, "名".repeat(201), "用".repeat(2_001), "标".repeat(2_001));
        Response answer = refusedWithoutWrites(
                () -> given().contentType(ContentType.JSON).body(tooLong).post("/api/projects"));
        assertThat(answer.jsonPath().getList("violations.field", String.class))
                .containsExactly("name", "purpose", "goals[1]");
        assertThat(answer.jsonPath().getString("violations[0].message")).isEqualTo("must be at most 200 characters");

        Response code = refusedWithoutWrites(() -> given().contentType(ContentType.JSON)
                .body(ProjectRequests.project("U".repeat(100_000), "项目", "1", "1", "0"))
                .post("/api/projects"));
        assertThat(code.jsonPath().getList("violations.field", String.class)).containsExactly("unitCode");

        // At the limits, the project is registered with its text whole.
        String atLimits = """
                {"unitCode":"%s","fiscalYear":2025,"name":"%s",
                 "budget":{"total":1,"fiscal":1,"other":0},
                 "purpose":"%s","goals":["%s"]}
                """.formatted(unitCode, "名".repeat(200), "用".repeat(2_000), "标".repeat(2_000));
        given().contentType(ContentType.JSON)
                .body(atLimits)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .body("name", org.hamcrest.Matchers.equalTo("名".repeat(200)))
                .body("goals[0]", org.hamcrest.Matchers.equalTo("标".repeat(2_000)));
    }

    @Test
    void overLongUnitTextIsA422NamingTheField() {
        Response name = refusedWithoutWrites(() -> given().contentType(ContentType.JSON)
                .body("{\"code\":\"L" + System.nanoTime() % 1_000_000L + "\",\"name\":\"" + "单".repeat(201) + "\"}")
                .post("/api/units"));
        assertThat(name.jsonPath().getList("violations.field", String.class)).containsExactly("name");

        Response code = refusedWithoutWrites(() -> given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + "9".repeat(100_000) + "\",\"name\":\"单位\"}")
                .post("/api/units"));
        assertThat(code.jsonPath().getList("violations.field", String.class)).containsExactly("code");

        Response filter = given().queryParam("name", "名".repeat(201)).get("/api/projects");
        assertProblem(filter, 422);
        assertThat(filter.jsonPath().getList("violations.field", String.class)).containsExactly("name");
    }

    /** Sends the request, expects a small 422 problem, and checks that no unit, project or event was written. */
    private static Response refusedWithoutWrites(Supplier<Response> request) {
        long units = ProjectRequests.count(Unit.class);
        long projects = ProjectRequests.count(Project.class);
        long events = ProjectRequests.count(Object.class);
        Response answer = request.get();
        assertProblem(answer, 422);
        assertThat(ProjectRequests.count(Unit.class)).isEqualTo(units);
        assertThat(ProjectRequests.count(Project.class)).isEqualTo(projects);
        assertThat(ProjectRequests.count(Object.class)).isEqualTo(events);
        return answer;
    }

    private static void assertProblem(Response answer, int status) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.asByteArray().length).isLessThan(SMALL_BODY);
    }
}
