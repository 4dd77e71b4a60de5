package org.jixiao.targets.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Damaged copies of a real table: each damage is reported where it is, and the rest is still read. */
class BrokenTableTest {

    private final TargetTableTextReader reader = new TargetTableTextReader();

    /** The first table of 000_…, lines 1–117, with some lines emptied so that line numbers stay as published. */
    private static String firstTableWithout(int... emptiedLines) {
        List<String> lines =
                new ArrayList<>(Arrays.asList(SeedFiles.read(SeedFiles.CCPIT).split("\n", -1)));
        List<String> table = new ArrayList<>(lines.subList(0, 117));
        for (int line : emptiedLines) {
            table.set(line - 1, "");
        }
        return String.join("\n", table);
    }

    @Test
    void reportsMissingProjectNameAtItsLabel() {
        ReadResult result = reader.read(firstTableWithout(6));

        assertThat(result.tables()).singleElement().satisfies(table -> {
            assertThat(table.projectName()).isNull();
            assertThat(table.indicators()).hasSize(14);
        });
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo("项目名称");
            assertThat(problem.tableNumber()).isEqualTo(1);
            assertThat(problem.tableTitle()).isEqualTo("2025年信息化运维项目绩效目标表");
        });
    }

    @Test
    void reportsTruncatedIndicatorRowAtItsFirstLineAndKeepsTheOthers() {
        ReadResult result = reader.read(firstTableWithout(40));

        assertThat(result.tables().get(0).indicators()).hasSize(13);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(36);
            assertThat(problem.column()).isEqualTo("指标值");
            assertThat(problem.text()).contains("舆情分析报告数量");
            assertThat(problem.message()).contains("4 cells");
        });
    }

    @Test
    void reportsUnitLineWithoutSixDigitCode() {
        String text = firstTableWithout().replace("\t573301中国", "\t中国");

        ReadResult result = reader.read(text);

        assertThat(result.tables().get(0).unitCode()).isNull();
        assertThat(result.tables().get(0).unitName()).isEqualTo("中国国际贸易促进委员会天津市分会");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("单位");
        });
    }

    @Test
    void reportsMissingBudgetValuesAndHeader() {
        ReadResult result = reader.read(firstTableWithout(10, 24));

        assertThat(result.tables().get(0).total()).isNull();
        assertThat(result.problems())
                .extracting(TableProblem::line, TableProblem::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(9, "预算数"), org.assertj.core.groups.Tuple.tuple(1, "一级指标"));
    }

    @Test
    void reportsBlankLevel1WithoutRowAbove() {
        ReadResult result = reader.read(firstTableWithout().replace("\t产出指标\n", "\t\n"));

        assertThat(result.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem)
                        .extracting(TableProblem::line, TableProblem::column)
                        .containsExactly(30, "一级指标"));
    }

    @Test
    void answersTextWithoutAnyTableWithOneProblem() {
        ReadResult result = reader.read("这不是绩效目标表\n\tjust text\n");

        assertThat(result.tables()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .extracting(TableProblem::tableNumber)
                .isEqualTo(0);
    }

    @Test
    void neverThrowsForBadInput() {
        List<String> inputs = List.of(
                "",
                "\t",
                "\n\n\n",
                "[bookmark: x]",
                "[bookmark: x]1.只有标题绩效目标表\n",
                "\t573301某单位\n\t单位：万元\n",
                "\t573301某单位\n\t单位：元\n\t项目名称\n\n\t一级指标\n\t产出指标\n",
                "\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\n\t\t\t\t\t\n",
                firstTableWithout(5, 6, 8, 9, 10, 11, 12, 13, 19, 20, 28, 34));
        for (String input : inputs) {
            assertThatCode(() -> reader.read(input)).as(input).doesNotThrowAnyException();
        }
        assertThatCode(() -> reader.read((String) null)).doesNotThrowAnyException();
    }

    @Test
    void reportsAmountsNotInTenThousandYuan() {
        ReadResult result = reader.read(firstTableWithout().replace("单位：万元", "单位：元"));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.text()).isEqualTo("单位：元");
        });
    }
}
