package org.jixiao.indicator.importing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jixiao.kit.problem.ProblemException;

@Path("/api/imports")
@Tag(name = "Imports", description = "Import of 项目支出绩效目标表 as published")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(
            summary = "Import target tables in their published text layout",
            description = "All or nothing: either every table is accepted (units, projects with budgets, goals and all"
                    + " indicators) or nothing is stored and the answer lists every error with its location. A repeated"
                    + " import of the same file changes nothing and answers UNCHANGED.")
    @APIResponse(
            responseCode = "201",
            description = "Imported; per table its unit, project, outcome and indicator count")
    @APIResponse(responseCode = "202", description = "Still running; poll the Location")
    @APIResponse(responseCode = "403", description = "A table belongs to a unit the key may not write for")
    @APIResponse(responseCode = "409", description = "A project of the file is registered with another budget")
    @APIResponse(responseCode = "422", description = "Errors in the tables, each with table, line, column and text")
    public Response importText(byte[] file, @QueryParam("fiscalYear") Integer fiscalYear) {
        return answer(imports.importFile(file, ImportService.Format.TEXT, fiscalYear));
    }

    @POST
    @Consumes(DOCX)
    @Operation(summary = "Import target tables from the Word (DOCX) document they are published in")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "403", description = "A table belongs to a unit the key may not write for")
    @APIResponse(responseCode = "422", description = "Errors in the tables, or not a readable DOCX")
    public Response importDocx(byte[] file, @QueryParam("fiscalYear") Integer fiscalYear) {
        return answer(imports.importFile(file, ImportService.Format.DOCX, fiscalYear));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Import target tables uploaded as the form field 'file' (text layout, or DOCX by name or type)")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "403", description = "A table belongs to a unit the key may not write for")
    @APIResponse(responseCode = "422", description = "Errors in the tables, or no field 'file'")
    public Response importUpload(@RestForm("file") FileUpload file, @QueryParam("fiscalYear") Integer fiscalYear)
            throws IOException {
        if (file == null) {
            throw ProblemException.invalid("file", "the form field 'file' is required");
        }
        return answer(imports.importFile(Files.readAllBytes(file.uploadedFile()), formatOf(file), fiscalYear));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "State of an import: PENDING, COMPLETED with its summary, or REJECTED with the reasons")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "404", description = "No such import")
    public Map<String, Object> get(@PathParam("id") String id) {
        ImportJob job = imports.job(id);
        return job.summary != null
                ? Map.of("importId", id, "status", job.status, "tables", job.summary)
                : Map.of(
                        "importId",
                        id,
                        "status",
                        job.status,
                        "errors",
                        job.errors == null ? java.util.List.of() : job.errors);
    }

    @POST
    @Consumes(XLSX)
    @Operation(summary = "Import target tables from a workbook in the template's layout")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "403", description = "A table belongs to a unit the key may not write for")
    @APIResponse(responseCode = "422", description = "Errors in the rows, or not a readable XLSX in the layout")
    public Response importXlsx(byte[] file, @QueryParam("fiscalYear") Integer fiscalYear) {
        return answer(imports.importFile(file, ImportService.Format.XLSX, fiscalYear));
    }

    @GET
    @Path("/template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The spreadsheet template for imports: the column layout and an example project")
    @APIResponse(responseCode = "200", description = "The template workbook")
    public Response template() {
        return Response.ok(XlsxTemplate.bytes())
                .header("Content-Disposition", "attachment; filename=\"jixiao-import-template.xlsx\"")
                .build();
    }

    /** A form upload's layout, by its content type or else its file name. */
    private static ImportService.Format formatOf(FileUpload file) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
        if (DOCX.equals(file.contentType()) || name.endsWith(".docx")) {
            return ImportService.Format.DOCX;
        }
        if (XLSX.equals(file.contentType()) || name.endsWith(".xlsx")) {
            return ImportService.Format.XLSX;
        }
        return ImportService.Format.TEXT;
    }

    private static Response answer(ImportService.Outcome outcome) {
        if (outcome.summary() == null) {
            return Response.accepted(Map.of("importId", outcome.importId(), "status", ImportJob.PENDING))
                    .header("Location", "/api/imports/" + outcome.importId())
                    .build();
        }
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/imports/" + outcome.importId())
                .entity(outcome.summary())
                .build();
    }
}
