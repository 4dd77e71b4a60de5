package org.jixiao.monitoring.rules;

/** Budget execution warning light (预算执行预警). */
public enum Warning {
    GREEN,
    YELLOW,
    RED
}
