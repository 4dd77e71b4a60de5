package org.jixiao.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jixiao.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void readsDatesAndYearsOrNothing() {
        assertThat(QueryParams.date("asOf", "2025-06-30")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(QueryParams.date("asOf", null)).isNull();
        assertThat(QueryParams.year("fiscalYear", "2025")).isEqualTo(2025);
        assertThat(QueryParams.year("fiscalYear", " ")).isNull();
    }

    @Test
    void badValuesAre422NamingTheParameter() {
        for (String bad : new String[] {"2025-13-01", "30.06.2025", "yesterday"}) {
            assertThatThrownBy(() -> QueryParams.date("asOf", bad))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.violations().get(0).field()).isEqualTo("asOf");
                    });
        }
        for (String bad : new String[] {"25", "two thousand", "20250"}) {
            assertThatThrownBy(() -> QueryParams.year("fiscalYear", bad))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("fiscalYear"));
        }
    }

    @Test
    void numbersAndIdsOr422() {
        assertThat(QueryParams.integer("page", "3")).isEqualTo(3);
        assertThat(QueryParams.id("projectId", "42")).isEqualTo(42L);
        assertThat(QueryParams.id("projectId", null)).isNull();
        for (String bad : new String[] {"0", "-1", "4x", "9999999999999999999"}) {
            assertThatThrownBy(() -> QueryParams.id("projectId", bad))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("projectId"));
        }
        assertThatThrownBy(() -> QueryParams.integer("page", "one"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("page"));
    }
}
