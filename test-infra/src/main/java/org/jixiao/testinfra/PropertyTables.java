package org.jixiao.testinfra;

import java.util.List;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.TargetTable;

/**
 * A made-up 绩效目标表 of a property-management project (物业管理, 10万元 of fiscal money) with the given indicator rows,
 * for tests that care about the rows: table 1, its project on the first row's line.
 */
public final class PropertyTables {
    private PropertyTables() {}

    public static TargetTable of(String unitCode, String unitName, String projectName, IndicatorRow... rows) {
        return new TargetTable(
                1,
                null,
                rows.length == 0 ? 2 : rows[0].line(),
                unitCode,
                unitName,
                projectName,
                "10.00",
                "10.00",
                null,
                "物业服务",
                List.of("保障机关正常运转"),
                List.of(rows));
    }
}
