package org.jixiao.targets.table;

/**
 * One row of the indicator part. {@code level1} is already filled from the row above where the table leaves it
 * blank (merged cells in the Word original).
 *
 * @param line 1-based line of the row's first cell
 * @param level1 一级指标
 * @param level2 二级指标
 * @param name 三级指标
 * @param description 绩效指标描述
 * @param target 指标值 as written; parse it with {@code TargetValueParser}
 * @param measure 计量方式 as written, where the table has the column (a workbook may); null or blank: the default
 * @param direction 指标方向 as written, likewise
 */
public record IndicatorRow(
        int line,
        String level1,
        String level2,
        String name,
        String description,
        String target,
        String measure,
        String direction) {

    /** A row of a table without the optional columns: the published 绩效目标表 has none. */
    public IndicatorRow(int line, String level1, String level2, String name, String description, String target) {
        this(line, level1, level2, name, description, target, null, null);
    }
}
