package org.jixiao.indicator.indicators.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which 二级指标 may sit under which 一级指标 (财政部 绩效目标表 framework). */
public final class IndicatorLevels {
    public static final Map<String, List<String>> ALLOWED = allowed();

    private IndicatorLevels() {}

    private static Map<String, List<String>> allowed() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        map.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        map.put("满意度指标", List.of("服务对象满意度指标"));
        return Map.copyOf(map);
    }

    public static boolean isAllowed(String level1, String level2) {
        return ALLOWED.getOrDefault(level1, List.of()).contains(level2);
    }

    /** Human-readable list of the allowed combinations, for error messages. */
    public static String describe() {
        StringBuilder text = new StringBuilder();
        for (String level1 : List.of("产出指标", "效益指标", "满意度指标")) {
            text.append(text.isEmpty() ? "" : "; ")
                    .append(level1)
                    .append(" → ")
                    .append(String.join("/", ALLOWED.get(level1)));
        }
        return text.toString();
    }
}
