package org.jixiao.bench;

/** A 绩效目标表 in the published text layout with as many indicator rows as asked, cycling through realistic ones. */
final class GeneratedTable {
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

    static String text(String unitCode, String projectName, int rows) {
        StringBuilder t = new StringBuilder();
        t.append("1.").append(projectName).append("绩效目标表\n");
        t.append('\t').append(unitCode).append("基准测试单位\n\t单位：万元\n\n");
        t.append("\t项目名称\n\t").append(projectName).append("\n\n");
        t.append("\t预算规模及资金用途\n\t预算数\n\t100.00\n\t其中：财政    资金\n\t100.00\n\t其他资金\n\t\n\n");
        t.append("\t\n\t基准测试用途。\n\n");
        t.append("\t绩效目标\n\t1.基准测试目标。\n\n\n\n");
        t.append("\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\n");
        String level1 = null;
        for (int i = 0; i < rows; i++) {
            String[] row = ROWS[i % ROWS.length];
            // Each 一级指标 block starts with its name; a new cycle repeats it so blank cells stay unambiguous.
            String first = row[0].isEmpty() && level1 != null ? "" : row[0];
            if (!row[0].isEmpty()) {
                level1 = row[0];
            }
            t.append('\t')
                    .append(first)
                    .append("\n\t")
                    .append(row[1])
                    .append("\n\t")
                    .append(row[2])
                    .append(i)
                    .append("\n\t")
                    .append(row[2])
                    .append("\n\t")
                    .append(row[3])
                    .append("\n\n");
        }
        return t.append("\n\n").toString();
    }
}
