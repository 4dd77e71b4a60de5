package org.jixiao.testinfra;

/**
 * A 绩效目标表 in the published text layout with as many indicator rows as asked, cycling through realistic rows. Row
 * {@code i} is named {@link #name(int)} and sits under {@link #level1(int)} / {@link #level2(int)}, so a test can check
 * every stored indicator against the table it imported. Used by the import tests and by the import benchmark.
 */
public final class GeneratedTable {
    /** 一级 (blank: same as the row above), 二级, 三级 name, target. */
    private static final String[][] ROWS = {
        {"产出指标", "数量指标", "硬件采购（维护）数量", "≥17台"},
        {"", "质量指标", "系统验收合格率", "≥90%"},
        {"", "时效指标", "系统故障修复处理时间", "≤4小时"},
        {"", "成本指标", "硬件设备维保费", "2.2万元"},
        {"效益指标", "社会效益指标", "公共主页点击量", "≥39万次"},
        {"", "可持续影响指标", "系统扩展性", "可扩展性强"},
        {"满意度指标", "服务对象满意度指标", "系统使用人员满意度", "≥95%"},
    };

    private GeneratedTable() {}

    /** The 一级指标 row {@code row} belongs to. */
    public static String level1(int row) {
        for (int i = row % ROWS.length; i >= 0; i--) {
            if (!ROWS[i][0].isEmpty()) {
                return ROWS[i][0];
            }
        }
        throw new IllegalStateException("the first row names its 一级指标");
    }

    public static String level2(int row) {
        return ROWS[row % ROWS.length][1];
    }

    /** Unique within a table: the row's 三级指标 followed by its number. */
    public static String name(int row) {
        return ROWS[row % ROWS.length][2] + "-" + row;
    }

    public static String target(int row) {
        return ROWS[row % ROWS.length][3];
    }

    /** The table of project {@code projectName} of unit {@code unitCode} with rows {@code 0 .. rows-1}. */
    public static String text(String unitCode, String projectName, int rows) {
        StringBuilder t = new StringBuilder();
        t.append("1.").append(projectName).append("绩效目标表\n");
        t.append('\t').append(unitCode).append("测试单位\n\t单位：万元\n\n");
        t.append("\t项目名称\n\t").append(projectName).append("\n\n");
        t.append("\t预算规模及资金用途\n\t预算数\n\t100.00\n\t其中：财政资金\n\t100.00\n\t其他资金\n\t\n\n");
        t.append("\t\n\t测试用途。\n\n");
        t.append("\t绩效目标\n\t1.测试目标。\n\n\n\n");
        t.append("\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\n");
        for (int i = 0; i < rows; i++) {
            String[] row = ROWS[i % ROWS.length];
            // A new cycle repeats its 一级指标, so the blank cells below it stay unambiguous.
            t.append('\t').append(row[0]);
            t.append("\n\t").append(row[1]);
            t.append("\n\t").append(name(i));
            t.append("\n\t").append(row[2]);
            t.append("\n\t").append(row[3]).append("\n\n");
        }
        return t.append("\n\n").toString();
    }
}
