package org.jixiao.project.units.api;

import org.jixiao.project.units.Unit;

public record UnitResponse(String code, String name, String parentCode) {
    public static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code, unit.name, unit.parentCode);
    }
}
