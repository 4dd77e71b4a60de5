package org.jixiao.monitoring.intake;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A progress report (进展) on one indicator")
public record ProgressRequest(
        Long indicatorId,
        @Schema(examples = "2025-06-30") LocalDate asOf,

        @Schema(
                examples = "9台",
                description = "in the target's grammar; ACHIEVED/PARTLY_ACHIEVED/NOT_ACHIEVED for qualitative targets")
        String value,

        @Schema(description = "完成目标可能性: CERTAIN, LIKELY or IMPOSSIBLE")
        String likelihood,

        Deviation deviation,
        @Schema(description = "纠偏措施") String correctiveAction,
        @Schema(description = "全年预计完成值, e.g. 18台") String forecast,

        @Schema(description = "id of the report this one corrects")
        UUID corrects,

        @Schema(description = "who reports") String reporter) {

    @Schema(description = "偏差原因: FUNDING 经费保障, RULES 制度保障, STAFF 人员保障, EQUIPMENT 硬件条件保障, OTHER 其他")
    public record Deviation(String category, String reason) {}
}
