package org.jixiao.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jixiao.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ReportParamsTest {

    @Test
    void readsDatesAndYearsOrNothing() {
        assertThat(ReportParams.date("asOf", "2025-06-30")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(ReportParams.date("asOf", null)).isNull();
        assertThat(ReportParams.year("fiscalYear", "2025")).isEqualTo(2025);
        assertThat(ReportParams.year("fiscalYear", " ")).isNull();
    }

    @Test
    void badValuesAre422NamingTheParameter() {
        for (String bad : new String[] {"2025-13-01", "30.06.2025", "yesterday"}) {
            assertThatThrownBy(() -> ReportParams.date("asOf", bad))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.violations().get(0).field()).isEqualTo("asOf");
                    });
        }
        for (String bad : new String[] {"25", "two thousand", "20250"}) {
            assertThatThrownBy(() -> ReportParams.year("fiscalYear", bad))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("fiscalYear"));
        }
    }
}
