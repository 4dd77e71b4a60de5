package org.jixiao.targets;

/**
 * The 二级指标 an indicator belongs to, recognised from its label. The same number means different things under
 * different headings: 2.2万元 under 成本指标 is a cost cap, 8天 under 数量指标 counts activity days.
 */
enum IndicatorCategory {
    QUANTITY,
    QUALITY,
    TIMELINESS,
    COST,
    /** 经济/社会/生态效益指标 and 可持续影响指标. */
    EFFECT,
    SATISFACTION,
    /** No label given or one the reader does not know: defaults then follow the unit alone. */
    UNKNOWN;

    /** Matches by key word, so that 数量, 数量指标 and 产出数量指标 all count as QUANTITY. */
    static IndicatorCategory of(String level2) {
        if (level2 == null) {
            return UNKNOWN;
        }
        String label = CellText.normalize(level2);
        if (label.contains("满意")) {
            return SATISFACTION;
        }
        if (label.contains("数量")) {
            return QUANTITY;
        }
        if (label.contains("质量")) {
            return QUALITY;
        }
        if (label.contains("时效")) {
            return TIMELINESS;
        }
        if (label.contains("成本")) {
            return COST;
        }
        if (label.contains("效益") || label.contains("影响")) {
            return EFFECT;
        }
        return UNKNOWN;
    }

    /** Headings whose targets are measured levels rather than sums, whatever the unit. */
    boolean measuresLevel() {
        return this == QUALITY || this == TIMELINESS || this == SATISFACTION;
    }
}
