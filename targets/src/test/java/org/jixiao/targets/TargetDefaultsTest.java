package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The readings chosen where a cell leaves direction, kind or accumulation open (see TargetDefaults). */
class TargetDefaultsTest {

    @Test
    void readsBareAmountAsCostCapUnderCostHeadingAndAsFactElsewhere() {
        TargetValue cost = TargetValueParser.parse("2.2万元", "成本指标");
        TargetValue noHeading = TargetValueParser.parse("2.2万元");
        TargetValue bondSize = TargetValueParser.parse("68.3万元", "数量指标");

        assertThat(cost.comparator()).isEqualTo(Comparator.EQ);
        assertThat(cost.unitFamily()).isEqualTo(UnitFamily.MONEY);
        assertThat(cost.direction()).isEqualTo(Direction.LOWER_BETTER);
        assertThat(cost.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(noHeading.direction()).isEqualTo(Direction.LOWER_BETTER);
        assertThat(bondSize.direction()).isEqualTo(Direction.EXACT);
        assertThat(bondSize.accumulation()).isEqualTo(Accumulation.LEVEL);
    }

    @Test
    void letsTheHeadingDecideWhatTimeUnitsMean() {
        assertThat(TargetValueParser.parse("≥8天", "数量指标").kind()).isEqualTo(TargetKind.QUANTITY);
        assertThat(TargetValueParser.parse("≥8天", "数量指标").accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(TargetValueParser.parse("≥8天").kind()).isEqualTo(TargetKind.DURATION);
        assertThat(TargetValueParser.parse("2小时", "时效指标").direction()).isEqualTo(Direction.LOWER_BETTER);
        assertThat(TargetValueParser.parse("≥95分", "服务对象满意度指标").accumulation()).isEqualTo(Accumulation.LEVEL);
        assertThat(TargetValueParser.parse("≥95分").unitFamily()).isEqualTo(UnitFamily.SCORE);
        assertThat(TargetValueParser.parse("≥5台", "质量指标").accumulation()).isEqualTo(Accumulation.LEVEL);
    }

    @Test
    void letsAnIndicatorOverrideTheDefaults() {
        TargetValue staff = TargetValueParser.parse("≥12人", "数量指标");

        assertThat(staff.withAccumulation(Accumulation.LEVEL).accumulation()).isEqualTo(Accumulation.LEVEL);
        assertThat(staff.withDirection(Direction.EXACT).direction()).isEqualTo(Direction.EXACT);
        assertThat(staff.withAccumulation(Accumulation.LEVEL).raw()).isEqualTo("≥12人");
        assertThat(Comparator.GE.symbol()).isEqualTo("≥");
    }

    @Test
    void readsStaffAndStockAsLevelsAndAttendancesAsFlows() {
        assertThat(TargetValueParser.parse("≥12人", "数量指标", "物业服务人员").accumulation())
                .isEqualTo(Accumulation.LEVEL);
        assertThat(TargetValueParser.parse("≥19人", "数量指标", "专职人员数量").accumulation())
                .isEqualTo(Accumulation.LEVEL);
        assertThat(TargetValueParser.parse("≥300台", "数量指标", "在用终端设备").accumulation())
                .isEqualTo(Accumulation.LEVEL);
        assertThat(TargetValueParser.parse("≥600人", "数量指标", "企业参会人次").accumulation())
                .isEqualTo(Accumulation.CUMULATIVE);
        assertThat(TargetValueParser.parse("≥12人", "数量指标").accumulation()).isEqualTo(Accumulation.CUMULATIVE);
    }

    @Test
    void readsOneIndivisibleDeliverableAsOneOff() {
        assertThat(TargetValueParser.parse("1套", "数量指标", "安装火灾报警控制系统").accumulation())
                .isEqualTo(Accumulation.ONE_OFF);
        assertThat(TargetValueParser.parse("1个", "数量指标").accumulation()).isEqualTo(Accumulation.ONE_OFF);
        assertThat(TargetValueParser.parse("≥1人", "数量指标").accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(TargetValueParser.parse("3套", "数量指标").accumulation()).isEqualTo(Accumulation.CUMULATIVE);
    }

    @Test
    void readsAZeroTargetAsNoneWanted() {
        TargetValue accidents = TargetValueParser.parse("0起", "质量指标");
        TargetValue complaints = TargetValueParser.parse("0次", "数量指标");

        assertThat(accidents.direction()).isEqualTo(Direction.LOWER_BETTER);
        assertThat(accidents.accumulation()).isEqualTo(Accumulation.LEVEL);
        assertThat(complaints.direction()).isEqualTo(Direction.LOWER_BETTER);
        assertThat(complaints.accumulation()).isEqualTo(Accumulation.LEVEL);
    }
}
