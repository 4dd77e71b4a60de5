package org.jixiao.monitoring.reports;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.kit.rest.QueryParams;
import org.jixiao.monitoring.ApiExamples;

@Path("/api/reports")
@Tag(name = "Reports", description = "Official tables (绩效监控表, 绩效自评表, unit summary) as JSON or XLSX")
@Produces({MediaType.APPLICATION_JSON, ReportFormat.XLSX_MEDIA_TYPE})
@APIResponse(responseCode = "406", description = "Accept allows neither JSON nor XLSX")
@APIResponse(responseCode = "422", description = "asOf is not a date, or format is neither json nor xlsx")
@APIResponse(responseCode = "503", description = "The database is unreachable; retry after Retry-After seconds")
public class ReportsResource {
    private static final String NEGOTIATION = " Answers JSON, or XLSX for Accept: " + ReportFormat.XLSX_MEDIA_TYPE
            + " or ?format=xlsx (as an attachment with the official Chinese headings).";

    private final MonitoringReports monitoring;
    private final SelfEvaluations selfEvaluations;
    private final UnitSummaries units;

    ReportsResource(MonitoringReports monitoring, SelfEvaluations selfEvaluations, UnitSummaries units) {
        this.monitoring = monitoring;
        this.selfEvaluations = selfEvaluations;
        this.units = units;
    }

    @GET
    @Path("/projects/{id}/monitoring")
    @Operation(
            summary = "绩效监控表 of a project",
            description = "Budget, spending and execution rate; per indicator the 年度指标值, the 1-N月实际完成值 and "
                    + "全年预计完成值 of its latest report up to asOf (a correction replaces the report it "
                    + "corrects), 偏差原因 with 说明, 完成目标可能性 and 纠偏措施." + NEGOTIATION)
    @APIResponse(
            responseCode = "200",
            description = "The 绩效监控表",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = MonitoringReport.class),
                        examples = @ExampleObject(name = "监控表", value = ApiExamples.MONITORING_REPORT)),
                @Content(
                        mediaType = ReportFormat.XLSX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "Project not known")
    public Response monitoring(
            @Parameter(example = "42") @PathParam("id") long id,
            @BeanParam ReportQuery query,
            @Context HttpHeaders headers) {
        ReportFormat answer = query.answer(headers);
        MonitoringReport report = monitoring.build(id, query.asOf());
        return answer.respond(report, () -> MonitoringSheet.write(report), ReportFiles.monitoring(report));
    }

    @GET
    @Path("/projects/{id}/self-evaluation")
    @Operation(
            summary = "绩效自评表 of a project",
            description = "预算执行率 with its 分值 and 得分; per indicator 年度指标值, 实际完成值, 分值, 得分 and 偏差原因; "
                    + "总分 and grade, equal to the score and grade of GET /api/status/projects/{id}." + NEGOTIATION)
    @APIResponse(
            responseCode = "200",
            description = "The 绩效自评表",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SelfEvaluationReport.class),
                        examples = @ExampleObject(name = "自评表", value = ApiExamples.SELF_EVALUATION_REPORT)),
                @Content(
                        mediaType = ReportFormat.XLSX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "Project not known")
    public Response selfEvaluation(
            @Parameter(example = "42") @PathParam("id") long id,
            @BeanParam ReportQuery query,
            @Context HttpHeaders headers) {
        ReportFormat answer = query.answer(headers);
        SelfEvaluationReport report = selfEvaluations.build(id, query.asOf());
        return answer.respond(report, () -> SelfEvaluationSheet.write(report), ReportFiles.selfEvaluation(report));
    }

    @GET
    @Path("/units/{code}")
    @Operation(
            summary = "Summary of a unit's projects",
            description = "Every project of the unit (of one fiscal year if given) with status, 预算数, 执行数, "
                    + "execution rate, warning, score and grade, and the unit's totals." + NEGOTIATION)
    @APIResponse(
            responseCode = "200",
            description = "The unit summary",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = UnitSummaryReport.class),
                        examples = @ExampleObject(name = "单位汇总", value = ApiExamples.UNIT_SUMMARY_REPORT)),
                @Content(
                        mediaType = ReportFormat.XLSX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No project of the unit (in that year) is known")
    @APIResponse(
            responseCode = "422",
            description = "asOf is not a date, fiscalYear not a year, or format is neither json nor xlsx")
    public Response unit(
            @Parameter(example = "573301") @PathParam("code") String code,
            @Parameter(
                            description = "only projects of this fiscal year",
                            example = "2025",
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("fiscalYear")
                    String fiscalYear,
            @BeanParam ReportQuery query,
            @Context HttpHeaders headers) {
        ReportFormat answer = query.answer(headers);
        UnitSummaryReport report = units.build(code, QueryParams.year("fiscalYear", fiscalYear), query.asOf());
        return answer.respond(report, () -> UnitSummarySheet.write(report), ReportFiles.unitSummary(report));
    }
}
