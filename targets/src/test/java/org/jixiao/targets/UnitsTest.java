package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource({
        "90, 分钟, 小时, 1.5",
        "1.5, 小时, 分钟, 90",
        "1, 天, 小时, 24",
        "2.2, 万元, 元, 22000",
        "22000, 元, 万元, 2.2",
        "120.8, 万元, 亿元, 0.01208",
        "39, 万次, 次, 390000",
        "390000, 次, 万次, 39",
        "1, 年, 个月, 12",
        "6, 个月, 年, 0.5",
        "1, 季度, 月, 3",
        "5, ‰, %, 0.5",
        "95, ％, %, 95",
        "3, 个工作日, 工作日, 3",
        "17, 台, 台, 17"
    })
    void convertsWithinAFamily(BigDecimal value, String from, String to, BigDecimal expected) {
        assertThat(Units.convert(value, from, to))
                .hasValueSatisfying(converted -> assertThat(converted).isEqualByComparingTo(expected));
    }

    @Test
    void writesResultsWithoutExponentOrTrailingZeros() {
        assertThat(Units.convert(new BigDecimal("2.2"), "万元", "元")).contains(new BigDecimal("22000"));
        assertThat(Units.convert(new BigDecimal("90"), "分钟", "小时")).contains(new BigDecimal("1.5"));
    }

    @Test
    void roundsNonTerminatingResults() {
        assertThat(Units.convert(BigDecimal.ONE, "分钟", "小时"))
                .hasValueSatisfying(hours -> assertThat(hours.precision()).isEqualTo(16));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"台, 份", "次, 人次", "万元, 次", "%, 元", "小时, 工作日", "天, 个月", "分, 分钟", "万次, 万元", "'', 台"})
    void refusesIncompatibleUnits(String from, String to) {
        assertThat(Units.convert(BigDecimal.TEN, from, to)).isEmpty();
        assertThat(Units.compatible(from, to)).isFalse();
    }

    @Test
    void refusesNullValue() {
        assertThat(Units.convert(null, "分钟", "小时")).isEmpty();
    }

    @Test
    void knowsTheFamilies() {
        assertThat(Units.familyOf("万元")).isEqualTo(UnitFamily.MONEY);
        assertThat(Units.familyOf("%")).isEqualTo(UnitFamily.PERCENT);
        assertThat(Units.familyOf("分钟")).isEqualTo(UnitFamily.TIME);
        assertThat(Units.familyOf("工作日")).isEqualTo(UnitFamily.WORKDAY);
        assertThat(Units.familyOf("个月")).isEqualTo(UnitFamily.CALENDAR);
        assertThat(Units.familyOf("年")).isEqualTo(UnitFamily.CALENDAR);
        assertThat(Units.familyOf("分")).isEqualTo(UnitFamily.SCORE);
        assertThat(Units.familyOf("国别")).isEqualTo(UnitFamily.COUNT);
        assertThat(Units.familyOf("万次")).isEqualTo(UnitFamily.COUNT);
        assertThat(Units.familyOf(null)).isEqualTo(UnitFamily.NONE);
        assertThat(Units.familyOf(" ")).isEqualTo(UnitFamily.NONE);
        assertThat(Units.compatible("次", "万次")).isTrue();
        assertThat(Units.compatible("人次", "万人次")).isTrue();
    }
}
