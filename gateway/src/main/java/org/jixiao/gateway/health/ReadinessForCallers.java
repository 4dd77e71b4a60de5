package org.jixiao.gateway.health;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.MutinyHelper;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonValue;
import org.jixiao.gateway.auth.AdminTokens;

/**
 * {@code /q/health} and {@code /q/health/ready} without details for everyone but admins: the checks' data names
 * internal upstream URLs and failure reasons. An anonymous caller (a load balancer, an orchestrator, a dashboard)
 * gets the same status code and each check's name and UP/DOWN; a request with an admin token gets Quarkus's full
 * answer.
 */
public class ReadinessForCallers implements Handler<RoutingContext> {

    /** The health paths whose checks carry data: everything, and readiness (liveness has only the process). */
    public static final String PATHS = "/q/health(/ready)?/?";

    private final SmallRyeHealthReporter reporter;
    private final AdminTokens admins;

    public ReadinessForCallers(SmallRyeHealthReporter reporter, AdminTokens admins) {
        this.reporter = reporter;
        this.admins = admins;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (admins.isAdmin(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            ctx.next();
            return;
        }
        boolean readiness = ctx.request().path().startsWith("/q/health/ready");
        Uni<SmallRyeHealth> health = readiness ? reporter.getReadinessAsync() : reporter.getHealthAsync();
        health.emitOn(MutinyHelper.executor(Vertx.currentContext()))
                .subscribe()
                .with(
                        result -> ctx.response()
                                .setStatusCode(result.isDown() ? 503 : 200)
                                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                                .end(withoutDetails(result).encode()),
                        ctx::fail);
    }

    static JsonObject withoutDetails(SmallRyeHealth health) {
        JsonArray checks = new JsonArray();
        var payload = health.getPayload();
        if (payload.containsKey("checks")) {
            for (JsonValue check : payload.getJsonArray("checks")) {
                var object = check.asJsonObject();
                checks.add(new JsonObject()
                        .put("name", object.getString("name", ""))
                        .put("status", object.getString("status", "DOWN")));
            }
        }
        return new JsonObject()
                .put("status", payload.getString("status", "DOWN"))
                .put("checks", checks);
    }
}
