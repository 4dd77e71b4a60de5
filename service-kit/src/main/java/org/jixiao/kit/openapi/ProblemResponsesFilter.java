package org.jixiao.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jixiao.kit.problem.Problem;

/**
 * Documents the error answers every {@code /api} operation of a service shares, so that no resource has to repeat
 * them: 401 without a valid token, 403 on writes the key's role or units do not allow, 400/413/415 for bodies that
 * cannot be read; and gives every error response (also those the resources declare) the problem+json schema and an
 * example. A resource's own declaration of a code always wins.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
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
        for (Map.Entry<String, String> shared :
                sharedResponses(method, operation).entrySet()) {
            if (!responses.hasAPIResponse(shared.getKey())) {
                responses.addAPIResponse(
                        shared.getKey(), OASFactory.createAPIResponse().description(shared.getValue()));
            }
        }
        responses.getAPIResponses().forEach(ProblemResponsesFilter::describeAsProblem);
    }

    private static Map<String, String> sharedResponses(PathItem.HttpMethod method, Operation operation) {
        Map<String, String> shared = new LinkedHashMap<>();
        if (operation.getRequestBody() != null) {
            shared.put("400", "The body cannot be read: not well-formed, or a field of the wrong type");
            shared.put("413", "The body is larger than the service accepts (jixiao.http.max-body-size)");
            shared.put("415", "The body's Content-Type is not one this operation reads");
        }
        shared.put("401", "No valid bearer token (WWW-Authenticate: Bearer)");
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            shared.put("403", "The key's role or unit codes do not allow this write");
        }
        return shared;
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
