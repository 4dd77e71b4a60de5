package org.jixiao.monitoring.intake;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ScoreAssessed;
import org.jixiao.kit.security.UnitScope;
import org.jixiao.monitoring.ApiExamples;
import org.jixiao.monitoring.readmodel.MonIndicator;

/**
 * An admin's score for a qualitative indicator within its answer's band (财预〔2020〕10号; docs/rules.md, "Score"),
 * published on {@code progress-events} beside the reports it is about, so that a rebuild from the log keeps it.
 */
@Path("/api/status/indicators/{id}/assessment")
@Tag(name = "Status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {
    private final AssessmentValidator validator;
    private final ProgressPublisher publisher;
    private final UnitScope scope;

    AssessmentResource(AssessmentValidator validator, ProgressPublisher publisher, UnitScope scope) {
        this.validator = validator;
        this.publisher = publisher;
        this.scope = scope;
    }

    @Schema(description = "The accepted assessment: its event id")
    public record AssessmentAccepted(UUID eventId) {}

    @PUT
    @Transactional
    @Operation(
            summary = "Set the score share of a qualitative indicator (admin)",
            description = "The share counts in the score and the 自评表 while the indicator's latest answer stays in"
                    + " the band it was set in; the reason shows as 评分认定. Answers 202 once Kafka acknowledged it.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentRequest.class),
                            examples = @ExampleObject(name = "部分达成，评分认定", value = ApiExamples.ASSESSMENT)))
    @APIResponse(
            responseCode = "202",
            description = "Accepted; the project's score follows within a second",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentAccepted.class),
                            examples = @ExampleObject(name = "已受理", value = ApiExamples.ASSESSMENT_ACCEPTED)))
    @APIResponse(responseCode = "403", description = "The key is not an admin key")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(
            responseCode = "422",
            description = "share missing, not from 0 to 1, or outside the band of the latest answer; the reason"
                    + " missing or too long; the indicator's latest report is not a qualitative answer")
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge it; nothing was stored")
    public Response assess(@Parameter(example = "12") @PathParam("id") long id, AssessmentRequest request) {
        scope.requireAdmin("assess a score");
        MonIndicator indicator = validator.indicator(id);
        validator.validate(indicator, request);
        return publish(indicator, request.share(), request.reason().strip());
    }

    @DELETE
    @Transactional
    @Operation(
            summary = "Withdraw the score share set for an indicator (admin)",
            description = "The band's default share applies again. Answers 202 once Kafka acknowledged it.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentAccepted.class),
                            examples = @ExampleObject(name = "已受理", value = ApiExamples.ASSESSMENT_ACCEPTED)))
    @APIResponse(responseCode = "403", description = "The key is not an admin key")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge it; nothing was stored")
    public Response withdraw(@Parameter(example = "12") @PathParam("id") long id) {
        scope.requireAdmin("withdraw an assessed score");
        return publish(validator.indicator(id), null, null);
    }

    private Response publish(MonIndicator indicator, BigDecimal share, String reason) {
        EventEnvelope<ScoreAssessed> envelope = EventEnvelope.of(
                EventTypes.SCORE_ASSESSED,
                ScoreAssessed.VERSION,
                "monitoring-service",
                new ScoreAssessed(
                        indicator.id, indicator.projectId, indicator.unitCode, share, reason, scope.caller()));
        publisher.publish(envelope, indicator.projectId);
        return Response.accepted(new AssessmentAccepted(envelope.eventId())).build();
    }
}
