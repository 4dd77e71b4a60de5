package org.jixiao.indicator.importing.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jixiao.indicator.importing.ImportService;
import org.jixiao.indicator.importing.files.XlsxTemplate;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.rest.QueryParams;

/**
 * {@code POST /api/imports} reads four layouts, told apart by Content-Type. OpenAPI has one operation per path and
 * method, so the text-layout method documents all four and the other three are hidden from the document.
 */
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
            summary = "Import target tables from a file in the text layout, a Word (DOCX) document, a workbook (XLSX)"
                    + " or a form upload",
            description = "All or nothing: either every table is accepted (units, projects with budgets, goals and all"
                    + " indicators) or nothing is stored and the answer lists every error with its location. A repeated"
                    + " import of the same file changes nothing and answers UNCHANGED. The Content-Type says what the"
                    + " body is: text/plain, the tables in the published text layout (a cell per tab-indented line, a"
                    + " blank line after each row); the DOCX type, the Word document the tables are published in; the"
                    + " XLSX type, a workbook in the template's layout (GET /api/imports/template.xlsx: sheet 绩效目标表,"
                    + " one row per indicator, the project columns filled on a project's first row); or"
                    + " multipart/form-data with the file in the field 'file' (DOCX or XLSX by its type or name,"
                    + " the text layout otherwise).")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "table 1",
                                        summary = "Table 1 of the published file (unit 573301), shortened to six rows",
                                        value = ImportExamples.TEXT)),
                @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA,
                        schema =
                                @Schema(
                                        type = SchemaType.OBJECT,
                                        requiredProperties = "file",
                                        properties =
                                                @SchemaProperty(
                                                        name = "file",
                                                        type = SchemaType.STRING,
                                                        format = "binary")))
            })
    @APIResponse(
            responseCode = "201",
            description = "Imported; per table its unit, project, outcome (CREATED or UNCHANGED) and indicator count",
            headers =
                    @Header(
                            name = "Location",
                            description = "/api/imports/{importId}",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportSummary.class),
                            examples = @ExampleObject(name = "table 1", value = ImportExamples.SUMMARY)))
    @APIResponse(
            responseCode = "202",
            description = "Still running after jixiao.import.wait; poll the Location",
            headers =
                    @Header(
                            name = "Location",
                            description = "/api/imports/{importId}",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportState.class),
                            examples = @ExampleObject(name = "pending", value = ImportExamples.PENDING)))
    @APIResponse(responseCode = "403", description = "A table belongs to a unit the key may not write for")
    @APIResponse(
            responseCode = "409",
            description = "project-service rejected the file, e.g. a project of it is registered with another budget")
    @APIResponse(
            responseCode = "422",
            description = "Errors in the tables, each with table, line, column and text; a body that is not a readable"
                    + " DOCX or XLSX; no form field 'file'; or a fiscalYear that is not a year such as 2025")
    @APIResponse(
            responseCode = "503",
            description = "The service stopped while the request waited; the import goes on: send the same file again")
    public Response importText(
            byte[] file,
            @Parameter(
                            description = "Fiscal year of the tables whose project name and title state none",
                            schema = @Schema(type = SchemaType.INTEGER),
                            example = "2025")
                    @QueryParam("fiscalYear")
                    String fiscalYear) {
        return answer(imports.importFile(file, ImportService.Format.TEXT, QueryParams.year("fiscalYear", fiscalYear)));
    }

    @POST
    @Consumes(DOCX)
    @Operation(hidden = true)
    public Response importDocx(byte[] file, @QueryParam("fiscalYear") String fiscalYear) {
        return answer(imports.importFile(file, ImportService.Format.DOCX, QueryParams.year("fiscalYear", fiscalYear)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importUpload(@RestForm("file") FileUpload file, @QueryParam("fiscalYear") String fiscalYear)
            throws IOException {
        Integer year = QueryParams.year("fiscalYear", fiscalYear);
        if (file == null) {
            throw ProblemException.invalid("file", "the form field 'file' is required");
        }
        return answer(imports.importFile(Files.readAllBytes(file.uploadedFile()), formatOf(file), year));
    }

    @POST
    @Consumes(XLSX)
    @Operation(hidden = true)
    public Response importXlsx(byte[] file, @QueryParam("fiscalYear") String fiscalYear) {
        return answer(imports.importFile(file, ImportService.Format.XLSX, QueryParams.year("fiscalYear", fiscalYear)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "State of an import: PENDING, COMPLETED with its summary, or REJECTED with the reasons")
    @APIResponse(
            responseCode = "200",
            description = "The import",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportState.class),
                            examples = {
                                @ExampleObject(name = "completed", value = ImportExamples.COMPLETED),
                                @ExampleObject(name = "pending", value = ImportExamples.PENDING_STATE),
                                @ExampleObject(
                                        name = "rejected",
                                        summary = "The project was registered before with 12.50 万元",
                                        value = ImportExamples.REJECTED)
                            }))
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportState get(@PathParam("id") String id) {
        return ImportState.of(imports.job(id));
    }

    @GET
    @Path("/template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The spreadsheet template for imports: the column layout and an example project")
    @APIResponse(
            responseCode = "200",
            description = "The template workbook (jixiao-import-template.xlsx): sheet 绩效目标表 with the header row"
                    + " 单位编码 … 指标值 and three rows of 2025年信息化运维项目 of unit 573301",
            content =
                    @Content(
                            mediaType = XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples =
                                    @ExampleObject(
                                            name = "template",
                                            summary = "This very download",
                                            externalValue = "/api/imports/template.xlsx")))
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
        if (outcome.tables() == null) {
            return Response.accepted(ImportState.pending(outcome.importId()))
                    .header("Location", "/api/imports/" + outcome.importId())
                    .build();
        }
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/imports/" + outcome.importId())
                .entity(new ImportSummary(outcome.importId(), ImportSummary.of(outcome.tables())))
                .build();
    }
}
