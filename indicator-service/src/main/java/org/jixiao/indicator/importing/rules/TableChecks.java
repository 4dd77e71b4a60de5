package org.jixiao.indicator.importing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.indicator.indicators.rules.IndicatorLevels;
import org.jixiao.indicator.indicators.rules.TextLimits;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.ReadResult;
import org.jixiao.targets.table.TableProblem;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.web.Problem;

/**
 * Every rule a target table must meet before anything of the file is stored, each failure located by table, line and
 * column with the offending text, so one answer lists all that must be fixed.
 */
public final class TableChecks {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    private static final int MAX_SCALE = 4;

    private final List<Problem.Violation> violations = new ArrayList<>();
    private final List<Integer> fiscalYears = new ArrayList<>();

    /** Checks a read file; {@code defaultYear} is used for tables whose name and title state no year. */
    public static TableChecks of(ReadResult read, Integer defaultYear) {
        TableChecks checks = new TableChecks();
        read.problems().forEach(checks::add);
        if (read.tables().isEmpty() && read.problems().isEmpty()) {
            checks.violations.add(new Problem.Violation("file", "holds no 绩效目标表"));
        }
        for (TargetTable table : read.tables()) {
            checks.check(table, defaultYear);
        }
        return checks;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public List<Integer> fiscalYears() {
        return fiscalYears;
    }

    private void check(TargetTable table, Integer defaultYear) {
        Integer year = yearOf(table, defaultYear);
        fiscalYears.add(year);
        if (year == null) {
            add(table, table.line(), "项目名称", table.projectName(), "states no fiscal year; pass ?fiscalYear=");
        }
        BigDecimal total = amount(table, "预算数", table.total(), true);
        BigDecimal fiscal = amount(table, "其中：财政资金", table.fiscal(), false);
        BigDecimal other = amount(table, "其他资金", table.other(), false);
        if (total != null && fiscal != null) {
            BigDecimal sum = fiscal.add(other == null ? BigDecimal.ZERO : other);
            if (sum.compareTo(total) != 0) {
                add(
                        table,
                        table.line(),
                        "预算数",
                        table.total(),
                        "财政资金 " + table.fiscal() + " + 其他资金 " + (other == null ? "0" : table.other()) + " ≠ 预算数 "
                                + table.total());
            }
        }
        Set<String> seen = new HashSet<>();
        for (IndicatorRow row : table.indicators()) {
            checkRow(table, row, seen);
        }
    }

    private void checkRow(TargetTable table, IndicatorRow row, Set<String> seen) {
        boolean fits = fits(table, row, "一级指标", row.level1(), TextLimits.LEVEL)
                & fits(table, row, "二级指标", row.level2(), TextLimits.LEVEL)
                & fits(table, row, "三级指标", row.name(), TextLimits.NAME)
                & fits(table, row, "绩效指标描述", row.description(), TextLimits.DESCRIPTION)
                & fits(table, row, "指标值", row.target(), TextLimits.TARGET);
        if (!fits) {
            return;
        }
        if (!IndicatorLevels.isAllowed(row.level1(), row.level2())) {
            add(
                    table,
                    row.line(),
                    "二级指标",
                    row.level2(),
                    "is not allowed under '" + row.level1() + "'; allowed: " + IndicatorLevels.describe());
        }
        if (blank(row.name())) {
            add(table, row.line(), "三级指标", row.name(), "is empty");
        }
        if (blank(row.target())) {
            add(table, row.line(), "指标值", row.target(), "is empty");
        }
        if (!seen.add(row.level1() + "/" + row.level2() + "/" + row.name())) {
            add(table, row.line(), "三级指标", row.name(), "appears twice in this table");
        }
        checkSetting(table, row, SettingCell.MEASURE, row.measure());
        checkSetting(table, row, SettingCell.DIRECTION, row.direction());
    }

    private void checkSetting(TargetTable table, IndicatorRow row, SettingCell<?> setting, String cell) {
        if (fits(table, row, setting.column(), cell, SettingCell.MAX_LENGTH)) {
            String refusal = setting.refusal(cell);
            if (refusal != null) {
                add(table, row.line(), setting.column(), cell, refusal);
            }
        }
    }

    /** An over-long cell is named by its length only: echoing it would repeat what is refused. */
    private boolean fits(TargetTable table, IndicatorRow row, String column, String text, int max) {
        String problem = TextLimits.tooLong(text, max);
        if (problem != null) {
            violations.add(new Problem.Violation(
                    location(
                            table.number(),
                            table.title() != null ? table.title() : table.projectName(),
                            row.line(),
                            column),
                    problem));
        }
        return problem == null;
    }

    private BigDecimal amount(TargetTable table, String column, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                add(table, table.line(), column, text, "is required");
            }
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > MAX_SCALE) {
                add(table, table.line(), column, text, "must be an amount in 万元, not negative, at most 4 decimals");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            add(table, table.line(), column, text, "is not an amount in 万元");
            return null;
        }
    }

    static Integer yearOf(TargetTable table, Integer defaultYear) {
        for (String text : new String[] {table.projectName(), table.title()}) {
            Matcher m = text == null ? null : YEAR.matcher(text);
            if (m != null && m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return defaultYear;
    }

    private void add(TableProblem problem) {
        violations.add(new Problem.Violation(
                location(problem.tableNumber(), problem.tableTitle(), problem.line(), problem.column()),
                problem.message() + quoted(problem.text())));
    }

    private void add(TargetTable table, int line, String column, String text, String message) {
        violations.add(new Problem.Violation(
                location(table.number(), table.title() != null ? table.title() : table.projectName(), line, column),
                message + quoted(text)));
    }

    private static String location(int table, String title, int line, String column) {
        String where = table == 0 ? "file" : "table " + table + (title == null ? "" : " (" + title + ")");
        return where + ", line " + line + (column == null ? "" : ", " + column);
    }

    private static String quoted(String text) {
        return blank(text) ? "" : " ('" + text.strip() + "')";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
