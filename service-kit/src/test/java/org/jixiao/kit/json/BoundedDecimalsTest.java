package org.jixiao.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BoundedDecimalsTest {
    record Budget(BigDecimal total) {}

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new BoundedDecimals().customize(mapper);
        return mapper;
    }

    @Test
    void ordinaryDecimalsAreReadAsWritten() throws Exception {
        assertThat(mapper.readValue("{\"total\": 11.00}", Budget.class).total()).isEqualByComparingTo("11.00");
        assertThat(mapper.readValue("{\"total\": \"2.2345\"}", Budget.class).total())
                .isEqualTo(new BigDecimal("2.2345"));
        assertThat(mapper.readValue("{\"total\": 1E+3}", Budget.class).total()).isEqualByComparingTo("1000");
    }

    @Test
    void hugeExponentsAreRefusedNamingTheFieldWithoutEchoingTheNumber() {
        for (String number : new String[] {"1E+20000000", "1E-20000000", "1E+400000000", "9".repeat(65)}) {
            assertThatThrownBy(() -> mapper.readValue("{\"total\": " + number + "}", Budget.class))
                    .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                        assertThat(e.getPath().get(0).getFieldName()).isEqualTo("total");
                        assertThat(e.getOriginalMessage())
                                .doesNotContain(number)
                                .hasSizeLessThan(100);
                    });
        }
    }

    @Test
    void theBoundIsSixtyFourDigitsEitherSideOfThePoint() {
        assertThat(BoundedDecimals.isBounded(new BigDecimal("9".repeat(64)))).isTrue();
        assertThat(BoundedDecimals.isBounded(new BigDecimal("9".repeat(65)))).isFalse();
        assertThat(BoundedDecimals.isBounded(new BigDecimal("0." + "1".repeat(64))))
                .isTrue();
        assertThat(BoundedDecimals.isBounded(new BigDecimal("0." + "1".repeat(65))))
                .isFalse();
    }
}
