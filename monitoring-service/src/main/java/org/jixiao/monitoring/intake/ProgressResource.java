package org.jixiao.monitoring.intake;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.contracts.events.EventEnvelope;
import org.jixiao.contracts.events.ProgressReported;
import org.jixiao.kit.security.UnitScope;

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

    @POST
    @Transactional
    @Operation(
            summary = "Report progress on an indicator",
            description = "Answers 202 with the report's event id once Kafka acknowledged it.")
    @APIResponse(responseCode = "202", description = "Accepted; the status follows within a second")
    @APIResponse(responseCode = "403", description = "The key may not report for the indicator's unit")
    @APIResponse(
            responseCode = "422",
            description = "Unknown indicator, date outside the period or in the future, value not fitting the target")
    @APIResponse(
            responseCode = "503",
            description = "Kafka unavailable; nothing was stored; retry after Retry-After seconds")
    public Response report(ProgressRequest request) {
        ProgressValidator.Subject subject = validator.validate(request);
        scope.requireWrite(subject.project().unitCode);
        EventEnvelope<ProgressReported> envelope = ProgressEvents.of(request, subject, Instant.now());
        publisher.publish(envelope);
        return Response.accepted(Map.of("eventId", envelope.eventId())).build();
    }
}
