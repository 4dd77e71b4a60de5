package org.jixiao.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jixiao.kit.idempotency.IdempotencyFilter;
import org.jixiao.web.Problem;

/**
 * Documents the error answers every {@code /api} operation of a service shares, so that no resource has to repeat
 * them: 401 without a valid token, 403 on writes the key's role or units do not allow, 400/413/415 for bodies that
 * cannot be read, 503 when the database or Kafka is away, the {@code Idempotency-Key} header of every write and its 409; and gives every error response (also those the resources declare) the problem+json schema and an
 * example. A resource's own declaration of a code always wins.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** What Quarkus writes on its own (a 400 for every body): ours says more. */
    private static final Set<String> GENERIC_DESCRIPTIONS = Set.of("Bad Request");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ProblemSchema.NAME, ProblemSchema.schema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(method, operation));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (isWrite(method)) {
            documentIdempotencyKey(operation, responses);
        }
        for (Map.Entry<String, String> shared :
                sharedResponses(method, operation).entrySet()) {
            APIResponse declared = responses.getAPIResponse(shared.getKey());
            if (declared != null && GENERIC_DESCRIPTIONS.contains(declared.getDescription())) {
                declared.setDescription(shared.getValue());
            } else if (declared == null) {
                responses.addAPIResponse(
                        shared.getKey(), OASFactory.createAPIResponse().description(shared.getValue()));
            }
        }
        responses.getAPIResponses().forEach(ProblemResponsesFilter::describeAsProblem);
    }

    private static Map<String, String> sharedResponses(PathItem.HttpMethod method, Operation operation) {
        Map<String, String> shared = new LinkedHashMap<>();
        if (operation.getRequestBody() != null) {
            shared.put("400", "The body is not well-formed (JSON, CSV or the file it should be)");
            shared.put("413", "The body is larger than the service accepts (jixiao.http.max-body-size)");
            shared.put("415", "The body's Content-Type is not one this operation reads");
        }
        shared.put("401", "No valid bearer token (WWW-Authenticate: Bearer)");
        if (isWrite(method)) {
            shared.put("403", "The key's role or unit codes do not allow this write");
        }
        shared.put("503", "PostgreSQL or Kafka cannot be reached just now; retry after Retry-After seconds");
        return shared;
    }

    /** What {@link org.jixiao.kit.idempotency.IdempotencyFilter} adds to every write. */
    private static void documentIdempotencyKey(Operation operation, APIResponses responses) {
        operation.addParameter(OASFactory.createParameter()
                .name(IdempotencyFilter.HEADER)
                .in(Parameter.In.HEADER)
                .description("Optional. A repeat with the same key and body within the retention period gets the"
                        + " first answer again (with " + IdempotencyFilter.REPLAYED_HEADER + ": true) and changes"
                        + " nothing.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("6f1c2c1e-9d7a-4a38-b0a5-2f4f3c1f8e21"));
        String conflict = "The Idempotency-Key was used before with a different body, or its first request still runs";
        APIResponse existing = responses.getAPIResponse("409");
        if (existing == null) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse().description(conflict));
        } else {
            existing.setDescription(existing.getDescription() + "; or: " + conflict);
        }
    }

    private static boolean isWrite(PathItem.HttpMethod method) {
        return WRITES.contains(method);
    }

    private static void describeAsProblem(String code, APIResponse response) {
        if (!isError(code) || response.getContent() != null) {
            return;
        }
        int status = Integer.parseInt(code);
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(ProblemSchema.NAME))
                                .example(ProblemSchema.example(status, response.getDescription()))));
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }
}
