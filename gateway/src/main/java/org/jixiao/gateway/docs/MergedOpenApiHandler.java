package org.jixiao.gateway.docs;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.MutinyHelper;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jixiao.gateway.docs.OpenApiMerger.ServiceDocument;
import org.jixiao.gateway.proxy.rules.Upstream;

/**
 * Serves {@code /q/openapi} in place of Quarkus's handler: the gateway's own document (from Quarkus, which includes
 * {@code META-INF/openapi.yaml} for the routes the gateway serves itself) merged with the three services' documents,
 * fetched in parallel and kept for {@code jixiao.openapi.cache-ttl} (10 s), so it soon reflects the running services
 * while anonymous requests cannot make the gateway fetch on each one. The bundled Swagger UI reads this path, so it
 * lists every operation.
 */
public class MergedOpenApiHandler implements Handler<RoutingContext> {

    public static final String PATH = "/q/openapi";

    private final OpenApiDocumentService ownDocument;
    private final UpstreamOpenApiClient upstreams;
    private final Uni<JsonObject> document;

    public MergedOpenApiHandler(
            OpenApiDocumentService ownDocument, UpstreamOpenApiClient upstreams, OpenApiMergeConfig config) {
        this.ownDocument = ownDocument;
        this.upstreams = upstreams;
        List<Upstream> order = Arrays.asList(Upstream.values());
        Uni<JsonObject> merged = Uni.createFrom()
                .deferred(() -> Uni.join()
                        .all(order.stream().map(upstreams::fetch).toList())
                        .andFailFast()
                        .map(fetched -> merge(order, fetched)));
        // Requests within the time to live share one merge, also while it is still being fetched.
        this.document = config.cacheTtl().isZero() ? merged : merged.memoize().atLeast(config.cacheTtl());
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.next(); // let Quarkus answer OPTIONS and 405 as it does for its own endpoint
            return;
        }
        OpenApiFormat format = OpenApiFormat.of(ctx.request());
        document.emitOn(MutinyHelper.executor(ctx.vertx().getOrCreateContext()))
                .subscribe()
                .with(merged -> respond(ctx, format, merged), failure -> ctx.fail(500, failure));
    }

    private JsonObject merge(List<Upstream> order, List<Optional<JsonObject>> fetched) {
        JsonObject gateway = Buffer.buffer(ownDocument.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON))
                .toJsonObject();
        List<ServiceDocument> services = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Upstream upstream = order.get(i);
            fetched.get(i)
                    .ifPresentOrElse(
                            doc -> services.add(new ServiceDocument(upstream, doc)),
                            () -> missing.add(upstream.serviceName()));
        }
        return OpenApiMerger.merge(gateway, services, missing);
    }

    private static void respond(RoutingContext ctx, OpenApiFormat format, JsonObject document) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, format.contentType())
                // Services come and go: clients ask again rather than keep a document that may be outdated.
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(format.render(document));
    }
}
