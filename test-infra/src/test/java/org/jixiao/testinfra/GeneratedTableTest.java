package org.jixiao.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.ReadResult;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.targets.table.TargetTableTextReader;
import org.junit.jupiter.api.Test;

/** The generated table reads back, through the same reader the import uses, as exactly the rows it promises. */
class GeneratedTableTest {

    @Test
    void everyRowReadsBackWithItsNameLevelsAndTarget() {
        int rows = 23; // more than three cycles, ending mid-cycle
        ReadResult read = new TargetTableTextReader().read(GeneratedTable.text("880001", "生成的项目", rows));

        assertThat(read.problems()).isEmpty();
        assertThat(read.tables()).hasSize(1);
        TargetTable table = read.tables().get(0);
        assertThat(table.unitCode()).isEqualTo("880001");
        assertThat(table.projectName()).isEqualTo("生成的项目");
        assertThat(table.total()).isEqualTo("100.00");
        List<IndicatorRow> indicators = table.indicators();
        assertThat(indicators).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            IndicatorRow row = indicators.get(i);
            assertThat(row.name()).as("name of row %d", i).isEqualTo(GeneratedTable.name(i));
            assertThat(row.level1()).as("一级 of row %d", i).isEqualTo(GeneratedTable.level1(i));
            assertThat(row.level2()).as("二级 of row %d", i).isEqualTo(GeneratedTable.level2(i));
            assertThat(row.target()).as("target of row %d", i).isEqualTo(GeneratedTable.target(i));
        }
    }

    @Test
    void rowsAreNamedUniquelyAndBlankLevel1CellsInheritFromAbove() {
        assertThat(GeneratedTable.name(3)).isNotEqualTo(GeneratedTable.name(3 + 7));
        assertThat(GeneratedTable.level1(1)).isEqualTo("产出指标");
        assertThat(GeneratedTable.level1(5)).isEqualTo("效益指标");
        assertThat(GeneratedTable.level1(6)).isEqualTo("满意度指标");
        assertThat(GeneratedTable.level1(7)).isEqualTo("产出指标");
    }
}
