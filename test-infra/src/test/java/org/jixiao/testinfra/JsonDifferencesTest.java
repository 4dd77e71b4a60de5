package org.jixiao.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonDifferencesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void numbersAreComparedByValueAndEveryDifferenceIsNamedByPath() throws Exception {
        JsonNode example =
                JSON.readTree("{\"budget\":11.00,\"status\":\"AT_RISK\",\"warnings\":[\"LAG\"],\"note\":null}");

        assertThat(JsonDifferences.values(
                        example,
                        JSON.readTree("{\"budget\":11,\"status\":\"AT_RISK\",\"warnings\":[\"LAG\"],\"note\":null}")))
                .isEmpty();
        assertThat(JsonDifferences.values(
                        example, JSON.readTree("{\"budget\":12,\"status\":\"AT_RISK\",\"warnings\":[],\"extra\":1}")))
                .containsExactly(
                        "$.budget: 11.0 in the example, 12 in the real answer",
                        "$.extra: missing in the example",
                        "$.note: not in the real answer",
                        "$.warnings: 1 items in the example, 0 in the real answer");
    }

    @Test
    void shapeIgnoresValuesButNotFieldsOrKinds() throws Exception {
        JsonNode example = JSON.readTree("{\"eventId\":\"e-1\",\"accepted\":3,\"ids\":[1,2]}");

        assertThat(JsonDifferences.shape(example, JSON.readTree("{\"eventId\":\"e-9\",\"accepted\":1,\"ids\":[7]}")))
                .isEmpty();
        assertThat(JsonDifferences.shape(example, JSON.readTree("{\"eventId\":9,\"accepted\":1,\"ids\":[7]}")))
                .containsExactly("$.eventId: \"e-1\" in the example, 9 in the real answer");
    }
}
