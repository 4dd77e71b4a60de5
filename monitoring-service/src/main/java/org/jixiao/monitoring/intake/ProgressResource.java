package org.jixiao.monitoring.intake;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.ProgressReported;
import org.jixiao.kit.security.UnitScope;
import org.jixiao.monitoring.ApiExamples;

@Path("/api/progress")
@Tag(name = "Progress", description = "Progress reports (进展) on indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgressResource {
    private final ProgressValidator validator;
    private final ProgressPublisher publisher;
    private final UnitScope scope;

    ProgressResource(ProgressValidator validator, ProgressPublisher publisher, UnitScope scope) {
        this.validator = validator;
        this.publisher = publisher;
        this.scope = scope;
    }

    @Schema(description = "The accepted report: its event id, by which a correction names it (corrects)")
    public record ProgressAccepted(UUID eventId) {}

    // No transaction: the checks only read, and what is written goes to Kafka. Beginning and committing one (with
    // Hibernate's flush of the entities the checks loaded) cost more than the checks themselves.
    @POST
    @Operation(
            summary = "Report progress on an indicator",
            description = "Answers 202 with the report's event id once Kafka acknowledged it.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgressRequest.class),
                            examples = @ExampleObject(name = "进度滞后，说明偏差原因", value = ApiExamples.PROGRESS)))
    @APIResponse(
            responseCode = "202",
            description = "Accepted; the status follows within a second",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgressAccepted.class),
                            examples = @ExampleObject(name = "已受理", value = ApiExamples.PROGRESS_ACCEPTED)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON or not a JSON object, or a malformed Idempotency-Key header")
    @APIResponse(
            responseCode = "403",
            description = "The key may only read, or may not report for the indicator's unit")
    @APIResponse(
            responseCode = "422",
            description = "A required field missing or of the wrong type, an unknown indicator, a date outside the"
                    + " project period or in the future, a value not fitting the target, an unknown likelihood or"
                    + " deviation category, or corrects naming no earlier report on the indicator")
    @APIResponse(
            responseCode = "503",
            description = "Kafka did not acknowledge the report or the database is unreachable; nothing was stored;"
                    + " retry after Retry-After seconds")
    public Response report(ProgressRequest request) {
        ProgressValidator.Subject subject = validator.validate(request);
        scope.requireWrite(subject.unitCode());
        EventEnvelope<ProgressReported> envelope = ProgressEvents.of(request, subject, Instant.now());
        publisher.publish(envelope);
        return Response.accepted(new ProgressAccepted(envelope.eventId())).build();
    }
}
