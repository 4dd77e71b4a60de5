package org.jixiao.project.execution.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.project.execution.BudgetExecutionService;

/** Budget execution of a project: cumulative spending posted as of dates, with the execution rate each gives. */
@Path("/api/projects/{id}/budget-execution")
@Tag(name = "Projects", description = "Projects (项目), budgets and budget execution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetExecutionResource {
    private final BudgetExecutionService executions;

    BudgetExecutionResource(BudgetExecutionService executions) {
        this.executions = executions;
    }

    @POST
    @Operation(summary = "Post cumulative spending as of a date")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BudgetExecutionRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "half year",
                                            summary = "5.50 万元 spent by 30 June",
                                            value = ExecutionExamples.EXECUTION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded, with the execution rate (spent ÷ 预算数, 4 decimals; null when 预算数 is 0)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BudgetExecutionResponse.class),
                            examples = @ExampleObject(name = "half year", value = ExecutionExamples.EXECUTION)))
    @APIResponse(responseCode = "403", description = "The key may not write for this project's unit")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "422", description = "Invalid values, or a date not after the latest posting")
    public Response recordExecution(@PathParam("id") long id, BudgetExecutionRequest request) {
        BudgetExecutionResponse body =
                BudgetExecutionResponse.of(executions.record(id, request == null ? null : request.toSpending()));
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    @GET
    @Operation(summary = "All spending postings of a project, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The postings",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetExecutionResponse.class),
                            examples =
                                    @ExampleObject(name = "two postings", value = ExecutionExamples.EXECUTION_HISTORY)))
    @APIResponse(responseCode = "404", description = "No such project")
    public List<BudgetExecutionResponse> executionHistory(@PathParam("id") long id) {
        return executions.history(id).stream().map(BudgetExecutionResponse::of).toList();
    }
}
