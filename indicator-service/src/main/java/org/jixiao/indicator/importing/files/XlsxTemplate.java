package org.jixiao.indicator.importing.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable import template: the header of the {@link XlsxLayout} with its optional columns, and one example
 * project whose staff-in-post row sets its measure (a stock, judged as a level).
 */
public final class XlsxTemplate {
    private static final List<List<String>> EXAMPLE = List.of(
            List.of(
                    "573301",
                    "中国国际贸易促进委员会天津市分会",
                    "2025年信息化运维项目",
                    "11.00",
                    "11.00",
                    "",
                    "对信息化设备和网站进行维修维护",
                    "1.保障系统正常运行\n2.确保网络安全",
                    "产出指标",
                    "数量指标",
                    "硬件采购（维护）数量",
                    "硬件采购（维护）数量",
                    "≥17台"),
            List.of("", "", "", "", "", "", "", "", "", "时效指标", "系统故障修复处理时间", "系统故障修复处理时间", "≤4小时"),
            List.of("", "", "", "", "", "", "", "", "", "数量指标", "驻场运维人员", "驻场运维人员", "≥2人", "时点", ""),
            List.of("", "", "", "", "", "", "", "", "满意度指标", "服务对象满意度指标", "系统使用人员满意度", "系统使用人员满意度", "≥95%"));

    private XlsxTemplate() {}

    public static byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(XlsxLayout.SHEET);
            List<String> header = new ArrayList<>(XlsxLayout.HEADER);
            header.addAll(XlsxLayout.OPTIONAL_HEADER);
            write(sheet.createRow(0), header);
            for (int r = 0; r < EXAMPLE.size(); r++) {
                write(sheet.createRow(r + 1), EXAMPLE.get(r));
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
