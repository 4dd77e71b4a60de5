package org.jixiao.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit reduced to its family, the thing it counts and its size in the family's base unit: 万次 = (COUNT, 次,
 * 10000), 分钟 = (TIME, "", 60 seconds), 万元 = (MONEY, "", 10000 元).
 */
record UnitSpec(UnitFamily family, String base, BigDecimal factor) {

    private static final BigDecimal SECOND = BigDecimal.ONE;
    private static final BigDecimal MINUTE = BigDecimal.valueOf(60);
    private static final BigDecimal HOUR = BigDecimal.valueOf(3_600);
    private static final BigDecimal DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal WEEK = BigDecimal.valueOf(604_800);

    /** Units with a fixed size in their family; everything else is a COUNT of the named thing. */
    private static final Map<String, UnitSpec> KNOWN = Map.ofEntries(
            known("秒", UnitFamily.TIME, SECOND),
            known("秒钟", UnitFamily.TIME, SECOND),
            known("分钟", UnitFamily.TIME, MINUTE),
            known("小时", UnitFamily.TIME, HOUR),
            known("钟头", UnitFamily.TIME, HOUR),
            known("h", UnitFamily.TIME, HOUR),
            known("天", UnitFamily.TIME, DAY),
            known("日", UnitFamily.TIME, DAY),
            known("周", UnitFamily.TIME, WEEK),
            known("星期", UnitFamily.TIME, WEEK),
            known("工作日", UnitFamily.WORKDAY, BigDecimal.ONE),
            known("月", UnitFamily.CALENDAR, BigDecimal.ONE),
            known("季度", UnitFamily.CALENDAR, BigDecimal.valueOf(3)),
            known("半年", UnitFamily.CALENDAR, BigDecimal.valueOf(6)),
            known("年", UnitFamily.CALENDAR, BigDecimal.valueOf(12)),
            known("元", UnitFamily.MONEY, BigDecimal.ONE),
            known("千元", UnitFamily.MONEY, BigDecimal.valueOf(1_000)),
            known("万元", UnitFamily.MONEY, BigDecimal.valueOf(10_000)),
            known("百万元", UnitFamily.MONEY, BigDecimal.valueOf(1_000_000)),
            known("千万元", UnitFamily.MONEY, BigDecimal.valueOf(10_000_000)),
            known("亿元", UnitFamily.MONEY, BigDecimal.valueOf(100_000_000)),
            known("%", UnitFamily.PERCENT, BigDecimal.ONE),
            known("‰", UnitFamily.PERCENT, new BigDecimal("0.1")),
            known("分", UnitFamily.SCORE, BigDecimal.ONE),
            known("", UnitFamily.NONE, BigDecimal.ONE));

    /** Scale words in front of a counted thing (万次, 千人); longest first so 百万 is not read as 万. */
    private static final List<Map.Entry<String, BigDecimal>> SCALES = List.of(
            Map.entry("百万", BigDecimal.valueOf(1_000_000)),
            Map.entry("千万", BigDecimal.valueOf(10_000_000)),
            Map.entry("万", BigDecimal.valueOf(10_000)),
            Map.entry("千", BigDecimal.valueOf(1_000)),
            Map.entry("亿", BigDecimal.valueOf(100_000_000)));

    static UnitSpec of(String unit) {
        String text = CellText.normalize(unit);
        UnitSpec spec = KNOWN.get(text);
        if (spec != null) {
            return spec;
        }
        // 个月, 个小时, 个工作日: the measure word 个 does not change the unit.
        if (text.startsWith("个")
                && KNOWN.containsKey(text.substring(1))
                && !text.substring(1).isEmpty()) {
            return KNOWN.get(text.substring(1));
        }
        for (Map.Entry<String, BigDecimal> scale : SCALES) {
            if (text.startsWith(scale.getKey())) {
                return new UnitSpec(
                        UnitFamily.COUNT, text.substring(scale.getKey().length()), scale.getValue());
            }
        }
        return new UnitSpec(UnitFamily.COUNT, text, BigDecimal.ONE);
    }

    /** Same family and, for counts, the same thing counted. */
    boolean compatibleWith(UnitSpec other) {
        return family == other.family && base.equals(other.base);
    }

    private static Map.Entry<String, UnitSpec> known(String unit, UnitFamily family, BigDecimal factor) {
        return Map.entry(unit, new UnitSpec(family, "", factor));
    }
}
