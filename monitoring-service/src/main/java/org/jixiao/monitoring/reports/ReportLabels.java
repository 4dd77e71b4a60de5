package org.jixiao.monitoring.reports;

import java.util.Map;

/**
 * The official Chinese wording of the codes reports store: 偏差原因 categories, 完成目标可能性, qualitative answers,
 * statuses and warning lights. Unknown codes are shown as they are, so nothing reported is ever hidden.
 */
public final class ReportLabels {
    private static final Map<String, String> DEVIATIONS = Map.of(
            "FUNDING", "经费保障",
            "RULES", "制度保障",
            "STAFF", "人员保障",
            "EQUIPMENT", "硬件条件保障",
            "OTHER", "其他");
    private static final Map<String, String> LIKELIHOODS =
            Map.of("CERTAIN", "确定能", "LIKELY", "有可能", "IMPOSSIBLE", "完全不可能");
    private static final Map<String, String> ANSWERS =
            Map.of("ACHIEVED", "达成", "PARTLY_ACHIEVED", "部分达成", "NOT_ACHIEVED", "未达成");
    private static final Map<String, String> STATUSES = Map.of(
            "ACHIEVED", "已达成",
            "AHEAD", "超前",
            "ON_TRACK", "正常",
            "AT_RISK", "有风险",
            "OFF_TRACK", "偏离目标",
            "NOT_REPORTED", "未填报",
            "NOT_DUE", "未到填报期",
            "NO_TARGET", "无可衡量目标");
    private static final Map<String, String> WARNINGS =
            Map.of("NONE", "未预警", "GREEN", "绿灯", "YELLOW", "黄灯", "RED", "红灯");

    private ReportLabels() {}

    /** 偏差原因: FUNDING → 经费保障, RULES → 制度保障, STAFF → 人员保障, EQUIPMENT → 硬件条件保障, OTHER → 其他. */
    public static String deviation(String code) {
        return label(DEVIATIONS, code);
    }

    /** 完成目标可能性: CERTAIN → 确定能, LIKELY → 有可能, IMPOSSIBLE → 完全不可能. */
    public static String likelihood(String code) {
        return label(LIKELIHOODS, code);
    }

    /** A reported value: qualitative answers in words (达成, 部分达成, 未达成), anything else as written. */
    public static String answer(String value) {
        return label(ANSWERS, value);
    }

    public static String status(String code) {
        return label(STATUSES, code);
    }

    public static String warning(String code) {
        return label(WARNINGS, code);
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }
}
