package org.jixiao.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The at-scale data set's size and every generated value, derived from the indexes alone so that a run is repeatable
 * (docs/benchmarks.md, "At scale"). Ids and unit codes lie in ranges no demo data, import or other benchmark uses:
 * projects from 9,000,000,000 (IngestBenchmark uses 8,000,000,000 + run), indicators from 900,000,000,000, units
 * 971000 on (IngestBenchmark's are 970000 to 970004, the import catch-up's 96xxxx). Project {@code p} belongs to unit
 * {@code p % units}; its indicators take the seven target shapes of {@link BenchEvents} in turn.
 */
record ScaleShape(int units, int projects, int indicatorsPerProject, int reportsPerIndicator, LocalDate today) {
    static final long PROJECT_BASE = 9_000_000_000L;
    static final long INDICATOR_BASE = 900_000_000_000L;
    private static final int FIRST_UNIT = 971_000;

    /** level1, level2, raw, target JSON (as indicator-service stores it and the events carry it). */
    private static final List<String[]> TARGETS = List.of(
            target(
                    "产出指标",
                    "数量指标",
                    "≥1000台",
                    "\"GE\"",
                    "1000",
                    "\"台\"",
                    "COUNT",
                    "QUANTITY",
                    "HIGHER_BETTER",
                    "CUMULATIVE"),
            target("产出指标", "质量指标", "≥90%", "\"GE\"", "90", "\"%\"", "PERCENT", "RATE", "HIGHER_BETTER", "LEVEL"),
            target("产出指标", "时效指标", "≤4小时", "\"LE\"", "4", "\"小时\"", "TIME", "DURATION", "LOWER_BETTER", "LEVEL"),
            target(
                    "效益指标",
                    "社会效益指标",
                    "≥39万次",
                    "\"GE\"",
                    "39",
                    "\"万次\"",
                    "COUNT",
                    "QUANTITY",
                    "HIGHER_BETTER",
                    "CUMULATIVE"),
            target("效益指标", "可持续影响指标", "显著提高", "null", "null", "null", "NONE", "QUALITATIVE", "HIGHER_BETTER", "LEVEL"),
            target("满意度指标", "服务对象满意度指标", "≥95%", "\"GE\"", "95", "\"%\"", "PERCENT", "RATE", "HIGHER_BETTER", "LEVEL"),
            target(
                    "产出指标",
                    "数量指标",
                    "≥17套",
                    "\"GE\"",
                    "17",
                    "\"套\"",
                    "COUNT",
                    "QUANTITY",
                    "HIGHER_BETTER",
                    "CUMULATIVE"));

    ScaleShape {
        if (units < 1 || units > 8_999 || projects < units || indicatorsPerProject < 1 || indicatorsPerProject > 99) {
            throw new IllegalArgumentException(
                    "1 to 8999 units, at least one project per unit, 1 to 99 indicators each");
        }
    }

    private static String[] target(
            String l1,
            String l2,
            String raw,
            String cmp,
            String value,
            String unit,
            String family,
            String kind,
            String direction,
            String accumulation) {
        String json = "{\"raw\":\"" + raw + "\",\"comparator\":" + cmp + ",\"value\":" + value + ",\"unit\":" + unit
                + ",\"unitFamily\":\"" + family + "\",\"kind\":\"" + kind + "\",\"direction\":\"" + direction
                + "\",\"accumulation\":\"" + accumulation + "\",\"deadline\":null}";
        return new String[] {l1, l2, raw, json};
    }

    long projectId(int p) {
        return PROJECT_BASE + p;
    }

    long lastProjectId() {
        return projectId(projects - 1);
    }

    long indicatorId(int p, int k) {
        return INDICATOR_BASE + (long) p * 100 + k;
    }

    long lastIndicatorId() {
        return indicatorId(projects - 1, 99);
    }

    String unit(int u) {
        return Integer.toString(FIRST_UNIT + u);
    }

    String unitOf(int p) {
        return unit(p % units);
    }

    int fiscalYear() {
        return today.getYear();
    }

    LocalDate periodStart() {
        return LocalDate.of(fiscalYear(), 1, 1);
    }

    LocalDate periodEnd() {
        return LocalDate.of(fiscalYear(), 12, 31);
    }

    String projectName(int p) {
        return "规模项目" + p;
    }

    BigDecimal budget(int p) {
        return BigDecimal.valueOf(100 + p % 900);
    }

    /**
     * How far along indicator k of project p is against the calendar, 0.75 to 1.33: mostly the project's own pace, so
     * that some projects lag (AT_RISK, OFF_TRACK) and others are on track or ahead.
     */
    double pace(int p, int k) {
        return 0.75 + ((p * 7L) % 50) / 100.0 + ((k * 13L) % 10) / 100.0;
    }

    BigDecimal spent(int p) {
        double share = pace(p, 0) * elapsed(today.minusDays(5));
        return budget(p).multiply(BigDecimal.valueOf(Math.min(1.0, share))).setScale(4, RoundingMode.HALF_UP);
    }

    String[] target(int k) {
        return TARGETS.get(k % TARGETS.size());
    }

    /** What is done with each indicator of the data set: project {@code p}'s {@code k}-th, with its target's columns. */
    @FunctionalInterface
    interface EachIndicator {
        void accept(int p, int k, String[] target) throws SQLException;
    }

    /** Every indicator in order: by project, then by its place in the project. */
    void forEachIndicator(EachIndicator each) throws SQLException {
        for (int p = 0; p < projects(); p++) {
            for (int k = 0; k < indicatorsPerProject(); k++) {
                each.accept(p, k, target(k));
            }
        }
    }

    /** The day of report {@code m} (0 = oldest): one a month, the newest today, none before the period. */
    LocalDate reportDay(int m) {
        LocalDate day = today.minusMonths(reportsPerIndicator - 1L - m);
        return day.isBefore(periodStart()) ? periodStart() : day;
    }

    /** The share of the period gone by on {@code day}. */
    double elapsed(LocalDate day) {
        return (day.getDayOfYear()) / (double) periodEnd().getDayOfYear();
    }

    /** Report value text and its number (null for a qualitative answer) of indicator k of project p on {@code day}. */
    String[] reportValue(int p, int k, LocalDate day) {
        double pace = pace(p, k);
        double along = pace * elapsed(day);
        return switch (k % TARGETS.size()) {
            case 0 -> number(Math.round(1000 * along), "台");
            case 1 -> number(Math.min(100, Math.round(90 * pace)), "%");
            case 2 -> number(Math.round(4 / pace), "小时");
            case 3 -> number(Math.round(39 * along), "万次");
            case 4 -> new String[] {pace >= 1.0 ? "ACHIEVED" : pace >= 0.8 ? "PARTLY_ACHIEVED" : "NOT_ACHIEVED", null};
            case 5 -> number(Math.min(100, Math.round(95 * pace)), "%");
            default -> number(Math.round(17 * along), "套");
        };
    }

    private static String[] number(long n, String unit) {
        return new String[] {n + unit, Long.toString(n)};
    }
}
