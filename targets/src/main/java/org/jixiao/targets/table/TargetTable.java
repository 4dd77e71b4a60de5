package org.jixiao.targets.table;

import java.util.List;

/**
 * One 绩效目标表 as published: the project part and its indicator rows, with cell texts as written. Amounts stay
 * strings ("11.00", "" for a blank 其他资金): the services parse and validate them.
 *
 * @param number 1-based order of the table in the file (not the printed number, which may skip)
 * @param title the title line without bookmark and numbering, or null when the table has none
 * @param line 1-based line where the table starts (its title, else its unit line)
 * @param unitCode the 6-digit 预算单位 code, or null when the unit line has none
 * @param unitName the unit's name (the whole unit line when it has no code)
 * @param projectName 项目名称, or null when missing
 * @param total 预算数 as written, or null when missing
 * @param fiscal 其中：财政资金 as written, or null when missing
 * @param other 其他资金 as written; "" when blank, as it usually is
 * @param purpose 资金用途 text ("" when missing)
 * @param goals 绩效目标 items, numbering removed
 * @param indicators the indicator rows in order
 */
public record TargetTable(
        int number,
        String title,
        int line,
        String unitCode,
        String unitName,
        String projectName,
        String total,
        String fiscal,
        String other,
        String purpose,
        List<String> goals,
        List<IndicatorRow> indicators) {

    public TargetTable {
        goals = List.copyOf(goals);
        indicators = List.copyOf(indicators);
    }
}
