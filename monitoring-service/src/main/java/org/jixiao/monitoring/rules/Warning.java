package org.jixiao.monitoring.rules;

/**
 * Budget execution warning light (预算执行预警), least severe first. NONE: too early in the period to judge the pace
 * of spending (docs/rules.md, "Budget warning").
 */
public enum Warning {
    NONE,
    GREEN,
    YELLOW,
    RED
}
