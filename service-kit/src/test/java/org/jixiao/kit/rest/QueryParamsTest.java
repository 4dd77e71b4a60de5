package org.jixiao.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.web.Problem;
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

    @Test
    void withViolationsEveryBadParameterIsRecordedAndReadAsAbsent() {
        Violations violations = new Violations();

        Integer year = QueryParams.year("fiscalYear", "last year", violations);
        Integer page = QueryParams.integer("page", "2", violations);
        Integer size = QueryParams.integer("size", "ten", violations);

        assertThat(year).isNull();
        assertThat(page).isEqualTo(2);
        assertThat(size).isNull();
        assertThat(violations.list())
                .extracting(Problem.Violation::field, Problem.Violation::message)
                .containsExactly(
                        tuple("fiscalYear", "must be a year such as 2025, got 'last year'"),
                        tuple("size", "must be a whole number, got 'ten'"));
    }
}
