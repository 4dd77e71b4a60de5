package org.jixiao.project.units;

/** A budget unit to register, as a caller or an import states it (not yet validated). */
public record NewUnit(String code, String name, String parentCode) {}
