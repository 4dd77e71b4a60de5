package org.jixiao.targets.table;

import java.util.Set;
import java.util.regex.Pattern;

/** The fixed labels of a 绩效目标表, compared without the spaces and colon variants the extraction leaves in. */
final class Labels {

    static final String PROJECT_NAME = "项目名称";
    static final String BUDGET_AND_USE = "预算规模及资金用途";
    static final String TOTAL = "预算数";
    static final String FISCAL = "其中：财政资金";
    static final String OTHER = "其他资金";
    static final String PURPOSE = "资金用途";
    static final String GOALS = "绩效目标";
    static final String UNIT = "单位";
    static final String LEVEL1 = "一级指标";
    static final String LEVEL2 = "二级指标";
    static final String LEVEL3 = "三级指标";
    static final String DESCRIPTION = "绩效指标描述";
    static final String TARGET = "指标值";

    /** The columns of an indicator row, in order. */
    static final String[] ROW_COLUMNS = {LEVEL1, LEVEL2, LEVEL3, DESCRIPTION, TARGET};

    private static final Set<String> PROJECT_LABELS = Set.of(PROJECT_NAME, BUDGET_AND_USE, TOTAL, FISCAL, OTHER, GOALS);

    // Compiled once: every cell of a file is normalized, some twice.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private Labels() {}

    /** "其中：财政    资金" and "其中:财政资金" both read as 其中：财政资金. */
    static String normalize(String text) {
        return SPACES.matcher(text).replaceAll("").replace(':', '：');
    }

    static boolean is(String text, String label) {
        return normalize(text).equals(label);
    }

    /** Whether a cell is one of the project part's labels, i.e. not a value. */
    static boolean isProjectLabel(String text) {
        return PROJECT_LABELS.contains(normalize(text));
    }

    /** "单位：万元", the line under the unit that says what the amounts are in. */
    static boolean isAmountUnit(String text) {
        return normalize(text).startsWith(UNIT + "：");
    }
}
