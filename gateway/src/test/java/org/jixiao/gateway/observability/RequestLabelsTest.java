package org.jixiao.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tag;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestLabelsTest {

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource({
        "/api/projects/42, /api/projects/**, project-service",
        "/api/projects/42/indicators, /api/projects/*/indicators/**, indicator-service",
        "/api/units/573301, /api/units/**, project-service",
        "/api/imports/3f6b483e19263635, /api/imports/**, indicator-service",
        "/api/status/indicators/7, /api/status/**, monitoring-service",
        "/api/stream/status, /api/stream/status, gateway",
        "/api/whatever/123, unrouted, gateway",
        "/api, unrouted, gateway",
    })
    void labelsAPathByItsRouteTablePatternAndOwner(String path, String route, String upstream) {
        RequestLabels labels = RequestLabels.of(HttpMethod.GET, path, true);
        assertThat(labels.route()).isEqualTo(route);
        assertThat(labels.upstream()).isEqualTo(upstream);
    }

    @Test
    void aPathNotInNormalFormIsTheGatewaysOwnRefusal() {
        RequestLabels labels = RequestLabels.of(HttpMethod.GET, "/api/units/../keys", false);
        assertThat(labels.route()).isEqualTo("unrouted");
        assertThat(labels.upstream()).isEqualTo("gateway");
    }

    @Test
    void unknownMethodsShareOneLabel() {
        assertThat(RequestLabels.of(HttpMethod.valueOf("PROPFIND"), "/api/units", true)
                        .method())
                .isEqualTo("OTHER");
        assertThat(RequestLabels.of(HttpMethod.PATCH, "/api/units", true).method())
                .isEqualTo("PATCH");
    }

    @ParameterizedTest
    @CsvSource({"200, 2xx", "202, 2xx", "304, 3xx", "404, 4xx", "429, 4xx", "503, 5xx", "0, unknown", "999, unknown"})
    void statusIsReducedToItsClass(int status, String expected) {
        assertThat(RequestLabels.statusClass(status)).isEqualTo(expected);
    }

    @Test
    void tagsNameRouteUpstreamMethodAndStatusClass() {
        assertThat(RequestLabels.of(HttpMethod.POST, "/api/progress", true).tags(202))
                .containsExactlyInAnyOrder(
                        Tag.of("route", "/api/progress/**"),
                        Tag.of("upstream", "monitoring-service"),
                        Tag.of("method", "POST"),
                        Tag.of("status", "2xx"));
    }
}
