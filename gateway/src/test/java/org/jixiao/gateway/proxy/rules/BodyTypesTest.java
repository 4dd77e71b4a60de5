package org.jixiao.gateway.proxy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyTypesTest {

    @ParameterizedTest(name = "{1} to {0} -> {2}")
    @CsvSource({
        "/api/projects, application/json, true",
        "/api/projects/42, application/json; charset=UTF-8, true",
        "/api/units, Application/JSON;charset=utf-8, true",
        "/api/units, text/plain, false",
        "/api/units, application/merge-patch+json, false",
        "/api/indicators/7, application/xml, false",
        "/api/keys, application/json, true",
        "/api/auth/token, text/plain, false",
        "/api/imports, text/plain; charset=utf-8, true",
        "/api/imports, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, true",
        "/api/imports, application/vnd.openxmlformats-officedocument.wordprocessingml.document, true",
        "/api/imports, multipart/form-data; boundary=xyz, true",
        "/api/imports, application/json, false",
        "/api/imports, application/octet-stream, false",
        "/api/progress/batch, application/json, true",
        "/api/progress/batch, text/csv, true",
        "/api/progress/batch, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, true",
        "/api/progress/batch, multipart/form-data; boundary=xyz, true",
        "/api/progress/batch, text/plain, false",
        "/api/progress, text/csv, false",
        "/api/progress, application/json, true",
    })
    void eachRouteFamilyReadsTheTypesItsServiceConsumes(String path, String contentType, boolean accepted) {
        List<String> types = BodyTypes.accepted(path).orElseThrow();

        assertThat(BodyTypes.accepts(types, contentType)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/stream/status", "/api/nope", "/q/health", "relative"})
    void pathsNobodyReadsABodyOnAreLeftToTheirOwnAnswer(String path) {
        assertThat(BodyTypes.accepted(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", ";charset=utf-8"})
    void aMissingOrEmptyContentTypeIsNeverAccepted(String contentType) {
        assertThat(BodyTypes.accepts(BodyTypes.accepted("/api/units").orElseThrow(), contentType))
                .isFalse();
        assertThat(BodyTypes.accepts(List.of(BodyTypes.JSON), null)).isFalse();
    }
}
