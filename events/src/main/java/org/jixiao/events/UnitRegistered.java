package org.jixiao.events;

/** A budget unit (预算单位) was registered. Topic {@code project-events}, key {@code unit:<code>}. */
public record UnitRegistered(String code, String name, String parentCode) {
    public static final int VERSION = 1;
}
