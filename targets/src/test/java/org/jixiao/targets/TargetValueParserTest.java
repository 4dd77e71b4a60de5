package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.SeedFiles;
import org.jixiao.targets.table.TargetTableTextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every 指标值 of the published tables, from {@code seed-targets.csv}, then the grammar's edge cases. */
class TargetValueParserTest {

    static List<SeedTargets.Expected> seedTargets() {
        return SeedTargets.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedTargets")
    void parsesEveryPublishedTargetAsTabled(SeedTargets.Expected expected) {
        TargetValue parsed = TargetValueParser.parse(expected.raw(), expected.level2(), expected.name());

        assertThat(parsed.raw()).isEqualTo(expected.raw());
        assertThat(parsed.comparator()).as("comparator").isEqualTo(expected.comparator());
        if (expected.value() == null) {
            assertThat(parsed.value()).as("value").isNull();
        } else {
            assertThat(parsed.value()).as("value").isEqualByComparingTo(expected.value());
        }
        assertThat(parsed.unit()).as("unit").isEqualTo(expected.unit());
        assertThat(parsed.kind()).as("kind").isEqualTo(expected.kind());
        assertThat(parsed.direction()).as("direction").isEqualTo(expected.direction());
        assertThat(parsed.accumulation()).as("accumulation").isEqualTo(expected.accumulation());
        assertThat(parsed.deadline()).as("deadline").isEqualTo(expected.deadline());
    }

    @Test
    void tableCoversEveryTargetCellOfTheSeedFiles() {
        Set<String> tabled =
                SeedTargets.all().stream().map(SeedTargets.Expected::key).collect(Collectors.toSet());
        List<IndicatorRow> cells = seedRows();

        assertThat(cells).as("indicator rows in both seed files").hasSize(154);
        assertThat(cells)
                .allSatisfy(row -> assertThat(tabled)
                        .as("line %d of a seed file", row.line())
                        .contains(SeedTargets.Expected.key(row.target(), row.level2(), row.name())));
    }

    @Test
    void tableHasNoRowThatIsNotInTheSeedFiles() {
        Set<String> seeded = seedRows().stream()
                .map(row -> SeedTargets.Expected.key(row.target(), row.level2(), row.name()))
                .collect(Collectors.toSet());

        assertThat(SeedTargets.all()).extracting(SeedTargets.Expected::key).allMatch(seeded::contains);
    }

    @Test
    void parsesWithoutLevel2TheSameForUnambiguousSeedTargets() {
        // Only a missing heading may change the reading of bare amounts, bare rates and day counts.
        for (IndicatorRow row : seedRows()) {
            TargetValue withHeading = TargetValueParser.parse(row.target(), row.level2());
            TargetValue alone = TargetValueParser.parse(row.target());
            assertThat(alone.comparator()).as(row.target()).isEqualTo(withHeading.comparator());
            assertThat(alone.value()).as(row.target()).isEqualTo(withHeading.value());
            assertThat(alone.unit()).as(row.target()).isEqualTo(withHeading.unit());
        }
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvFileSource(resources = "/target-spellings.csv", delimiter = '|', numLinesToSkip = 1)
    void readsComparatorSpellingsSpacesAndFullWidthForms(
            String raw, Comparator comparator, BigDecimal value, String unit) {
        TargetValue parsed = TargetValueParser.parse(raw);

        assertThat(parsed.raw()).isEqualTo(raw);
        assertThat(parsed.comparator()).isEqualTo(comparator);
        assertThat(parsed.value()).isEqualByComparingTo(value);
        assertThat(parsed.unit()).isEqualTo(unit);
    }

    @Test
    void readsPeriodToFinishWithinAsDeadlineWithoutDate() {
        TargetValue parsed = TargetValueParser.parse("12个月内完成");

        assertThat(parsed.kind()).isEqualTo(TargetKind.DEADLINE);
        assertThat(parsed.value()).isEqualByComparingTo("12");
        assertThat(parsed.unit()).isEqualTo("个月");
        assertThat(parsed.unitFamily()).isEqualTo(UnitFamily.CALENDAR);
        assertThat(parsed.deadline()).isNull();
        assertThat(parsed.direction()).isEqualTo(Direction.LOWER_BETTER);
    }

    @ParameterizedTest
    @CsvSource({
        "2025年12月,2025-12-31",
        "2028年7月,2028-07-31",
        "2025年12月31日,2025-12-31",
        "2024年2月,2024-02-29",
        "2025年底前,2025-12-31",
        "2025年6月底前完成,2025-06-30",
        "2025-09-30,2025-09-30",
        "≤2025年10月,2025-10-31",
        "2025年年底前,2025-12-31",
        "2025年年底前完成,2025-12-31",
        "2025年上半年,2025-06-30",
        "2025年第三季度,2025-09-30",
        "2023.07-2024.01,2024-01-31",
        "2023.07.01-2024.01.15,2024-01-15",
        "2023年7月-2024年1月,2024-01-31",
        "2024.06,2024-06-30"
    })
    void readsCalendarDeadlineAsLastDayOfTheNamedPeriod(String raw, LocalDate deadline) {
        TargetValue parsed = TargetValueParser.parse(raw);

        assertThat(parsed.kind()).isEqualTo(TargetKind.DEADLINE);
        assertThat(parsed.deadline()).isEqualTo(deadline);
        assertThat(parsed.comparator()).isEqualTo(Comparator.LE);
        assertThat(parsed.value()).isNull();
    }

    /** Phrases that name a part of the project's year; the date follows from the period (2025 here). */
    @ParameterizedTest
    @CsvSource({
        "年底前,2025-12-31",
        "年底前完成,2025-12-31",
        "年内,2025-12-31",
        "年内完成,2025-12-31",
        "上半年,2025-06-30",
        "下半年,2025-12-31",
        "6月底前,2025-06-30",
        "6月底前完成,2025-06-30",
        "9月前,2025-09-30",
        "第三季度,2025-09-30",
        "第一季度,2025-03-31",
        "第4季度,2025-12-31"
    })
    void readsDeadlinePhrasesOfTheProjectsYear(String raw, LocalDate due) {
        TargetValue parsed = TargetValueParser.parse(raw, "时效指标");

        assertThat(parsed.kind()).isEqualTo(TargetKind.DEADLINE);
        assertThat(parsed.comparator()).isEqualTo(Comparator.LE);
        assertThat(Deadlines.due(parsed, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .isEqualTo(due);
    }

    /** N天/周/个月/季度/年/工作日内完成 count in their own unit from the period start (1 January 2025, a Wednesday). */
    @ParameterizedTest
    @CsvSource({
        "30天内完成,2025-01-30",
        "2周内完成,2025-01-14",
        "3个月内完成,2025-03-31",
        "12个月内完成,2025-12-31",
        "1年内完成,2025-12-31",
        "2个季度内完成,2025-06-30",
        "5个工作日内完成,2025-01-07"
    })
    void countsSpansToFinishWithinInTheirOwnUnit(String raw, LocalDate due) {
        TargetValue parsed = TargetValueParser.parse(raw, "时效指标");

        assertThat(parsed.kind()).isEqualTo(TargetKind.DEADLINE);
        assertThat(Deadlines.due(parsed, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .isEqualTo(due);
    }

    @Test
    void placesAYearlessDeadlineInTheFirstSuchMonthOfThePeriod() {
        TargetValue june = TargetValueParser.parse("6月底前");

        assertThat(Deadlines.due(june, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7*24小时保障", "7×24小时", "7＊24小时响应", "5x8小时"})
    void readsServiceWindows(String raw) {
        TargetValue parsed = TargetValueParser.parse(raw);

        assertThat(parsed.kind()).isEqualTo(TargetKind.SERVICE_LEVEL);
        assertThat(parsed.accumulation()).isEqualTo(Accumulation.LEVEL);
        assertThat(parsed.value()).isNull();
    }

    @Test
    void readsEmptyCellAsQualitativeWithNothingToMeasure() {
        for (String raw : new String[] {"", "   ", null}) {
            TargetValue parsed = TargetValueParser.parse(raw, "数量指标");
            assertThat(parsed.kind()).isEqualTo(TargetKind.QUALITATIVE);
            assertThat(parsed.hasValue()).isFalse();
            assertThat(parsed.comparator()).isNull();
            assertThat(parsed.raw()).isEqualTo(raw == null ? "" : raw);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "提升",
                "显著提高",
                "及时",
                "圆满完成",
                "可扩展性强",
                "abc",
                "≥",
                "≥abc",
                "%%%",
                "1.2.3",
                "≥17台套件组合大型设备",
                "100%覆盖",
                "2025年13月",
                "90%-95%",
                "每月≥2次",
                "符合规定，覆盖率达到100%"
            })
    void readsWordsAndNonsenseAsQualitative(String raw) {
        TargetValue parsed = TargetValueParser.parse(raw);

        assertThat(parsed.kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(parsed.raw()).isEqualTo(raw);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.unitFamily()).isEqualTo(UnitFamily.NONE);
    }

    @Test
    void neverThrowsAndAlwaysKeepsTheRawText() {
        String alphabet = "0123456789.,%％≥≤<>=＞＜＝ 年月日个台万元次小时分钟内以上下完成*×提升\t\u3000-";
        Random random = new Random(20251122);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = raw.toString();
            assertThatCode(() -> assertThat(
                                    TargetValueParser.parse(text, "数量指标").raw())
                            .isEqualTo(text))
                    .as(text)
                    .doesNotThrowAnyException();
        }
    }

    private static List<IndicatorRow> seedRows() {
        TargetTableTextReader reader = new TargetTableTextReader();
        return List.of(SeedFiles.CCPIT, SeedFiles.FOREIGN_AFFAIRS).stream()
                .flatMap(file -> reader.read(SeedFiles.read(file)).tables().stream())
                .flatMap(table -> table.indicators().stream())
                .toList();
    }

    @Test
    void aLongDigitRunEndingInALineSeparatorIsReadInLinearTime() {
        // A client's value: with the number read by a backtracking regular expression, 16,000 digits before a U+2028
        // took a second of CPU and this input most of an hour. Read in one pass it is a qualitative phrase at once.
        String hostile = "1".repeat(200_000) + "\u2028x";

        TargetValue parsed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TargetValueParser.parse(hostile));

        assertThat(parsed.value()).isNull();
        assertThat(TargetValueParser.parse("1,234,567.5台以上").value()).isEqualByComparingTo("1234567.5");
    }
}
