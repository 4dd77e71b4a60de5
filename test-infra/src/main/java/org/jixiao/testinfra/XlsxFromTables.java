package org.jixiao.testinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.TargetTable;

/**
 * Writes target tables into the documented import spreadsheet layout, as an outside system following the README
 * would: sheet 绩效目标表, one row per indicator, project columns on each project's first row only, and the optional
 * 计量方式 and 指标方向 columns where a row sets them.
 */
public final class XlsxFromTables {
    public static final List<String> HEADER = List.of(
            "单位编码", "单位名称", "项目名称", "预算数", "其中：财政资金", "其他资金", "资金用途", "绩效目标", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值");
    /** Written only when a row sets its measure or direction, as a workbook made from the template may. */
    public static final List<String> OPTIONAL_HEADER = List.of("计量方式", "指标方向");

    private XlsxFromTables() {}

    public static byte[] of(List<TargetTable> tables) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("绩效目标表");
            boolean settings = tables.stream()
                    .flatMap(t -> t.indicators().stream())
                    .anyMatch(row -> row.measure() != null || row.direction() != null);
            List<String> header = new ArrayList<>(HEADER);
            if (settings) {
                header.addAll(OPTIONAL_HEADER);
            }
            write(sheet.createRow(0), header);
            int r = 1;
            for (TargetTable table : tables) {
                boolean first = true;
                for (IndicatorRow row : table.indicators()) {
                    List<String> cells =
                            new ArrayList<>(first ? project(table) : List.of("", "", "", "", "", "", "", ""));
                    cells.addAll(List.of(row.level1(), row.level2(), row.name(), row.description(), row.target()));
                    if (settings) {
                        cells.add(nullToEmpty(row.measure()));
                        cells.add(nullToEmpty(row.direction()));
                    }
                    write(sheet.createRow(r++), cells);
                    first = false;
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> project(TargetTable t) {
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < t.goals().size(); i++) {
            goals.add((i + 1) + "." + t.goals().get(i));
        }
        return List.of(
                t.unitCode(),
                t.unitName(),
                t.projectName(),
                t.total(),
                t.fiscal(),
                nullToEmpty(t.other()),
                nullToEmpty(t.purpose()),
                String.join("\n", goals));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
        }
    }
}
