package org.jixiao.targets.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TargetTableTextReaderTest {

    private final TargetTableTextReader reader = new TargetTableTextReader();

    @Test
    void readsNineTablesOfUnit573301AndSixOfUnit302101WithoutProblems() {
        ReadResult ccpit = reader.read(SeedFiles.read(SeedFiles.CCPIT));
        ReadResult foreignAffairs = reader.read(SeedFiles.read(SeedFiles.FOREIGN_AFFAIRS));

        assertThat(ccpit.problems()).isEmpty();
        assertThat(foreignAffairs.problems()).isEmpty();
        assertThat(ccpit.tables())
                .hasSize(9)
                .allSatisfy(table -> assertThat(table.unitCode()).isEqualTo("573301"));
        assertThat(foreignAffairs.tables())
                .hasSize(6)
                .allSatisfy(table -> assertThat(table.unitCode()).isEqualTo("302101"));
        assertThat(ccpit.tables().get(0).unitName()).isEqualTo("中国国际贸易促进委员会天津市分会");
        assertThat(foreignAffairs.tables().get(0).unitName()).isEqualTo("天津市人民政府外事办公室");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.jixiao.targets.table.PublishedTables#all")
    void readsEveryPublishedTable(PublishedTables.Expected expected) {
        TargetTable table =
                reader.read(SeedFiles.read(expected.file())).tables().get(expected.number() - 1);

        assertThat(table.number()).isEqualTo(expected.number());
        assertThat(table.line()).isEqualTo(expected.line());
        assertThat(table.unitCode()).isEqualTo(expected.unitCode());
        assertThat(table.projectName()).isEqualTo(expected.projectName());
        assertThat(table.total()).isEqualTo(expected.total());
        assertThat(table.fiscal()).as("all published budgets are fully fiscal").isEqualTo(expected.total());
        assertThat(table.other()).isEmpty();
        assertThat(table.purpose()).isNotBlank();
        assertThat(table.goals()).isNotEmpty();
        assertThat(table.indicators()).hasSize(expected.indicators());
        assertThat(rowOf(table.indicators().get(0))).isEqualTo(expected.first());
        assertThat(rowOf(table.indicators().get(table.indicators().size() - 1))).isEqualTo(expected.last());
    }

    @Test
    void findsTheTableThatWasPublishedWithoutTitleLine() {
        List<TargetTable> tables =
                reader.read(SeedFiles.read(SeedFiles.FOREIGN_AFFAIRS)).tables();

        TargetTable untitled = tables.get(4);
        assertThat(untitled.title()).isNull();
        assertThat(untitled.line()).isEqualTo(334);
        assertThat(untitled.projectName()).isEqualTo("外事工作经费");
        assertThat(tables.get(3).indicators())
                .as("the table before it ends at its own last row, not at the unit line right after it")
                .hasSize(9);
        assertThat(tables.get(5).title()).isEqualTo("因公电子护照系统日常维护费绩效目标表");
    }

    @Test
    void fillsBlankLevel1FromTheRowAbove() {
        TargetTable table =
                reader.read(SeedFiles.read(SeedFiles.CCPIT)).tables().get(0);

        assertThat(table.indicators().get(1).line()).isEqualTo(36);
        assertThat(table.indicators().get(1).level1()).isEqualTo("产出指标");
        assertThat(table.indicators().get(8).level2()).isEqualTo("成本指标");
        assertThat(table.indicators().get(8).level1())
                .as("成本指标 sits under 产出指标")
                .isEqualTo("产出指标");
        assertThat(table.indicators())
                .allSatisfy(row -> assertThat(row.level1()).isNotBlank());
    }

    @Test
    void keepsDescriptionApartFromName() {
        IndicatorRow row = reader.read(SeedFiles.read(SeedFiles.CCPIT))
                .tables()
                .get(0)
                .indicators()
                .get(6);

        assertThat(row.name()).isEqualTo("硬件设备");
        assertThat(row.description()).isEqualTo("硬件设备维保费");
        assertThat(row.target()).isEqualTo("2.2万元");
    }

    @Test
    void splitsNumberedGoalsSpanningLines() {
        List<TargetTable> tables = reader.read(SeedFiles.read(SeedFiles.CCPIT)).tables();

        assertThat(tables.get(2).goals())
                .containsExactly(
                        "通过组织境内外活动，进一步宣传推介我市营商环境，优势产业及优秀企业，务实搭建贸易投资促进平台，推动我市产业对接，助力企业对外经贸交流与合作。",
                        "设立企业服务交流展示中心，本年度预计完成初步拆改等工作，消除安全隐患。");
        assertThat(tables.get(5).goals())
                .hasSize(4)
                .allSatisfy(goal -> assertThat(goal).startsWith("目标内容"));
        assertThat(tables.get(7).goals())
                .as("the slip \"1.1.\" loses both numbers")
                .hasSize(3)
                .first()
                .asString()
                .startsWith("通过深度走访调研");
    }

    @Test
    void dropsTrailingTabsAndSpacesFromCells() {
        List<TargetTable> tables =
                reader.read(SeedFiles.read(SeedFiles.FOREIGN_AFFAIRS)).tables();

        assertThat(tables.get(0).purpose()).isEqualTo("做好市外办履职保障工作。");
        assertThat(tables.get(3).goals())
                .singleElement()
                .asString()
                .startsWith("根据《关于做好")
                .endsWith("等3项工作。");
        TargetTable ccpit8 =
                reader.read(SeedFiles.read(SeedFiles.CCPIT)).tables().get(7);
        assertThat(ccpit8.indicators().get(7).target()).endsWith("扩大在津投资。");
    }

    @Test
    void readsTheSameFromAReader() {
        String text = SeedFiles.read(SeedFiles.FOREIGN_AFFAIRS);

        assertThat(reader.read(new StringReader(text))).isEqualTo(reader.read(text));
    }

    @Test
    void readsWindowsLineEndingsAndByteOrderMarkAlike() {
        String text = SeedFiles.read(SeedFiles.CCPIT);

        ReadResult windows = reader.read("\uFEFF" + text.replace("\n", "\r\n"));

        assertThat(windows).isEqualTo(reader.read(text));
    }

    private static PublishedTables.Row rowOf(IndicatorRow row) {
        return new PublishedTables.Row(row.line(), row.level1(), row.level2(), row.name(), row.target());
    }
}
