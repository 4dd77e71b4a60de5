package org.jixiao.project.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A budget unit (预算单位) to register")
public record UnitRequest(
        @Schema(examples = "573301", description = "unit code")
        String code,

        @Schema(examples = "中国国际贸易促进委员会天津市分会") String name,

        @Schema(description = "code of the parent department, optional")
        String parentCode) {}
