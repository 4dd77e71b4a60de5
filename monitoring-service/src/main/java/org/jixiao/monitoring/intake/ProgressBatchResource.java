package org.jixiao.monitoring.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.ProgressReported;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.security.UnitScope;
import org.jixiao.monitoring.ApiExamples;

/**
 * One operation in the API document: the four methods below differ only in the body they read, so the document shows
 * one POST with four request body types. Its answers are declared once, here; its summary on {@link #fromJson}.
 */
@Path("/api/progress/batch")
@Tag(name = "Progress", description = "Progress reports (进展) on indicators")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "202",
        description = "All reports accepted",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ProgressBatchResource.BatchAccepted.class),
                        examples = @ExampleObject(name = "已受理", value = ApiExamples.PROGRESS_BATCH_ACCEPTED)))
@APIResponse(responseCode = "400", description = "Malformed JSON, or a malformed Idempotency-Key header")
@APIResponse(
        responseCode = "403",
        description = "The key may only read, or a report is for a unit the key may not write for; nothing was stored")
@APIResponse(
        responseCode = "413",
        description = "More reports than jixiao.progress.batch.max-rows, or a body over jixiao.http.max-body-size")
@APIResponse(responseCode = "415", description = "Not JSON, CSV, XLSX or a multipart upload")
@APIResponse(
        responseCode = "422",
        description = "Not a JSON array, an empty batch, an unreadable file (not UTF-8, malformed CSV, not a workbook),"
                + " a bad header row, no form field 'file', or reports that do not fit; nothing was stored")
@APIResponse(
        responseCode = "503",
        description = "Kafka did not commit the batch or the database is unreachable; nothing was stored; retry after"
                + " Retry-After seconds")
public class ProgressBatchResource {
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ALL_OR_NOTHING = "All or nothing: every report is checked as POST /api/progress"
            + " checks one; if any fails, the 422 lists each failing report as [index].field (index 0-based in the"
            + " batch; for files the message starts with the file row) and nothing is stored. Otherwise all reports"
            + " are appended to progress-events in one Kafka transaction and the answer is 202 once it committed.";
    private static final String FORMATS = " Bodies: a JSON array of the reports POST /api/progress takes; CSV (UTF-8,"
            + " header row naming columns of indicatorId, asOf, value, likelihood, deviationCategory, deviationReason,"
            + " correctiveAction, forecast, corrects, reporter in any order; the first three required); an XLSX"
            + " workbook whose first sheet has the same header row; or either file uploaded as form field 'file'.";

    private final ObjectMapper json;
    private final BatchConfig config;
    private final BatchValidation validation;
    private final BatchPublisher publisher;
    private final UnitScope scope;

    ProgressBatchResource(
            ObjectMapper json,
            BatchConfig config,
            BatchValidation validation,
            BatchPublisher publisher,
            UnitScope scope) {
        this.json = json;
        this.config = config;
        this.validation = validation;
        this.publisher = publisher;
        this.scope = scope;
    }

    @Schema(description = "The accepted batch: how many reports, and their event ids in batch order")
    public record BatchAccepted(int count, List<UUID> eventIds) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report progress on many indicators at once: a JSON array, a CSV or XLSX file, or an upload",
            description = ALL_OR_NOTHING + FORMATS)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ProgressRequest.class),
                            examples = @ExampleObject(name = "两个指标的进展", value = ApiExamples.PROGRESS_BATCH)))
    public Response fromJson(byte[] body) throws IOException {
        return accept(JsonBatchReader.read(body, json, config.maxRows()));
    }

    @POST
    @Consumes(CSV)
    @RequestBody(
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "两个指标的进展", value = ApiExamples.PROGRESS_BATCH_CSV)))
    public Response fromCsv(byte[] body) {
        return accept(CsvBatchReader.read(body, config.maxRows(), "body"));
    }

    @POST
    @Consumes(XLSX)
    public Response fromXlsx(byte[] body) {
        return accept(XlsxBatchReader.read(body, config.maxRows(), "body"));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response fromUpload(@RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw ProblemException.invalid("file", "the form field 'file' is required");
        }
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        // Recognised by content, not by name or declared type: an XLSX is a ZIP archive, anything else is read as CSV.
        return accept(
                XlsxBatchReader.looksLikeXlsx(bytes)
                        ? XlsxBatchReader.read(bytes, config.maxRows(), "file")
                        : CsvBatchReader.read(bytes, config.maxRows(), "file"));
    }

    private Response accept(List<BatchRow> rows) {
        List<EventEnvelope<ProgressReported>> events = validation.validateAll(rows);
        // One report for another unit refuses the whole batch, like any invalid row.
        scope.requireWrite(
                events.stream().map(e -> e.data().unitCode()).distinct().toList());
        publisher.publishAll(events);
        List<UUID> ids = events.stream().map(EventEnvelope::eventId).toList();
        return Response.accepted(new BatchAccepted(ids.size(), ids)).build();
    }
}
