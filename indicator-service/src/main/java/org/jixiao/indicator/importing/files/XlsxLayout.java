package org.jixiao.indicator.importing.files;

import java.util.List;

/**
 * The one documented spreadsheet layout for target tables: sheet {@code 绩效目标表}, a header row, then one row per
 * indicator. The project columns (单位编码 … 绩效目标) are filled on a project's first row and left blank on its
 * further rows; a blank 一级指标 means the same as the row above, as in the published tables. 绩效目标 holds the
 * numbered goals on separate lines of the cell. Two optional columns may follow the header's last: 计量方式 and
 * 指标方向 ({@link #OPTIONAL_HEADER}), read only where the header names them (docs/rules.md, "Setting them").
 */
public final class XlsxLayout {
    public static final String SHEET = "绩效目标表";
    public static final List<String> HEADER = List.of(
            "单位编码", "单位名称", "项目名称", "预算数", "其中：财政资金", "其他资金", "资金用途", "绩效目标", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值");

    static final int UNIT_CODE = 0;
    static final int UNIT_NAME = 1;
    static final int PROJECT_NAME = 2;
    static final int TOTAL = 3;
    static final int FISCAL = 4;
    static final int OTHER = 5;
    static final int PURPOSE = 6;
    static final int GOALS = 7;
    static final int LEVEL1 = 8;
    static final int LEVEL2 = 9;
    static final int NAME = 10;
    static final int DESCRIPTION = 11;
    static final int TARGET = 12;

    /** The optional columns, in this order right after 指标值; blank cells take the defaults. */
    public static final List<String> OPTIONAL_HEADER = List.of("计量方式", "指标方向");

    static final int MEASURE = 13;
    static final int DIRECTION = 14;

    /** Columns read; any further ones are ignored. */
    static final int COLUMNS = 15;

    private XlsxLayout() {}
}
