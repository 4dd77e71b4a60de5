package org.jixiao.indicator.importing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jixiao.targets.table.SeedFiles;
import org.jixiao.targets.table.TargetTableTextReader;
import org.jixiao.web.Problem;
import org.junit.jupiter.api.Test;

class TableChecksTest {
    static String seed(String name) {
        return SeedFiles.read(name);
    }

    static TableChecks check(String text) {
        return TableChecks.of(new TargetTableTextReader().read(text), 2025);
    }

    @Test
    void bothPublishedFilesPassEveryCheck() throws IOException {
        for (String name : List.of("000_3f6b483e19263635.txt", "003_ef15d747a5f69479.txt")) {
            TableChecks checks = check(seed(name));
            assertThat(checks.violations()).as(name).isEmpty();
            assertThat(checks.fiscalYears()).as(name).containsOnly(2025);
        }
    }

    @Test
    void aBrokenTableIsRejectedNamingTheRowColumnAndReason() throws IOException {
        String text = seed("003_ef15d747a5f69479.txt");
        // Table 1 (市外办履职保障经费): an unknown 二级指标, budget parts that do not add up.
        String broken = text.replaceFirst("\t质量指标\n\t确保机关正常运转运行率", "\t服务质量指标\n\t确保机关正常运转运行率")
                .replaceFirst("预算数\n\t50.00", "预算数\n\t55.00");
        List<Problem.Violation> violations = check(broken).violations();
        assertThat(violations)
                .anySatisfy(v -> {
                    assertThat(v.field()).startsWith("table 1 (市外办履职保障经费").endsWith("二级指标");
                    assertThat(v.field()).matches(".*line \\d+.*");
                    assertThat(v.message()).contains("not allowed").contains("'服务质量指标'");
                })
                .anySatisfy(v -> {
                    assertThat(v.field()).startsWith("table 1").endsWith("预算数");
                    assertThat(v.message()).contains("≠ 预算数 55.00");
                });
    }

    @Test
    void aTableWithoutProjectNameIsRejected() throws IOException {
        String text = seed("003_ef15d747a5f69479.txt");
        String broken = text.replaceFirst("项目名称\n\t市外办履职保障经费\n", "项目名称\n\t\n");
        List<Problem.Violation> violations = check(broken).violations();
        assertThat(violations).anySatisfy(v -> assertThat(v.field()).startsWith("table 1"));
        assertThat(violations).isNotEmpty();
    }

    @Test
    void aTableWithoutYearNeedsTheFiscalYearParameter() throws IOException {
        TableChecks checks = TableChecks.of(new TargetTableTextReader().read(seed("003_ef15d747a5f69479.txt")), null);
        assertThat(checks.violations()).anySatisfy(v -> assertThat(v.message()).contains("states no fiscal year"));
    }
}
