package org.jixiao.gateway.proxy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/units, PROJECT",
        "/api/units/, PROJECT",
        "/api/units/573301, PROJECT",
        "/api/projects, PROJECT",
        "/api/projects/42, PROJECT",
        "/api/projects/42/budget-execution, PROJECT",
        "/api/projects/42/indicators, INDICATOR",
        "/api/projects/42/indicators/7, INDICATOR",
        "/api/indicators, INDICATOR",
        "/api/indicators/7, INDICATOR",
        "/api/imports, INDICATOR",
        "/api/imports/abc/status, INDICATOR",
        "/api/progress, MONITORING",
        "/api/progress/batch, MONITORING",
        "/api/status/projects/42, MONITORING",
        "/api/reports/self-evaluation/42, MONITORING",
    })
    void routesEachResourceToItsOwningService(String path, Upstream expected) {
        assertThat(RouteTable.route(path)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api",
                "/api/",
                "/api/nope",
                "/api/unitsx",
                "/api/projectsx/1",
                "/api/stream/status",
                "/q/health",
                "/",
                "api/units",
                ""
            })
    void leavesPathsNoServiceOwnsUnrouted(String path) {
        assertThat(RouteTable.route(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/projects//indicators", "/api/projects/42/indicatorsx"})
    void projectIndicatorRuleNeedsAnIdAndTheExactSegment(String path) {
        assertThat(RouteTable.route(path)).isEqualTo(Optional.of(Upstream.PROJECT));
    }

    @org.junit.jupiter.api.Test
    void nullPathIsUnrouted() {
        assertThat(RouteTable.route(null)).isEmpty();
    }
}
