package org.jixiao.project;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.jixiao.kit.outbox.OutboxEvent;
import org.jixiao.project.execution.BudgetExecution;
import org.jixiao.project.projects.Project;
import org.jixiao.project.units.Unit;

/** Request bodies and set-up for the project-service tests, and counts of what they wrote. */
final class ProjectRequests {
    private ProjectRequests() {}

    static String unit(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"单位" + code + "\"}";
    }

    static String project(String unitCode, String name, String total, String fiscal, String other) {
        return """
                {"unitCode":"%s","fiscalYear":2025,"name":"%s",
                 "budget":{"total":%s,"fiscal":%s,"other":%s},
                 "purpose":"对信息化设备和网站进行维修维护","goals":["保障运行","网络安全"]}
                """.formatted(unitCode, name, total, fiscal, other);
    }

    static long createProject(String unitCode, String name) {
        given().contentType(ContentType.JSON).body(unit(unitCode)).post("/api/units");
        return created(project(unitCode, name, "11.00", "11.00", "null"));
    }

    /** Registers the project of this body (a JSON text, or a map) and answers its id. */
    static long created(Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Rows of a Unit, Project or BudgetExecution; any other class counts the outbox. */
    static long count(Class<?> entity) {
        return QuarkusTransaction.requiringNew().call(() -> switch (entity.getSimpleName()) {
            case "Unit" -> Unit.count();
            case "Project" -> Project.count();
            case "BudgetExecution" -> BudgetExecution.count();
            default -> OutboxEvent.count();
        });
    }

    /** When the outbox relay marked the event published; null while it has not (or no such event was written). */
    static java.time.Instant publishedAt(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.<OutboxEvent>find("eventId", java.util.UUID.fromString(eventId))
                        .firstResultOptional()
                        .map(row -> row.publishedAt)
                        .orElse(null));
    }
}
