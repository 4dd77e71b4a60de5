package org.jixiao.project.units.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.project.units.NewUnit;

@Schema(description = "A budget unit (预算单位) to register")
public record UnitRequest(
        @Schema(examples = "573301", description = "unit code")
        String code,

        @Schema(examples = "中国国际贸易促进委员会天津市分会") String name,

        @Schema(description = "code of the parent department, optional")
        String parentCode) {
    public NewUnit toUnit() {
        return new NewUnit(code, name, parentCode);
    }
}
