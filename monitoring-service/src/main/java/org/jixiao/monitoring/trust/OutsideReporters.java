package org.jixiao.monitoring.trust;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * What an outside reporting system may put on {@code progress-events} directly: reports for the units configured for it
 * ({@code jixiao.reports.outside-units}), held to every check the API applies; never a score assessment, which only an
 * admin gives through the API.
 */
@ApplicationScoped
public class OutsideReporters {
    private final Set<String> units;

    OutsideReporters(TrustConfig config) {
        this.units = config.outsideUnits().orElse(Set.of());
    }

    /** Why an unsigned report for the project's unit is refused; empty when the outside reporter may report for it. */
    public Optional<String> refusal(String projectUnit) {
        return units.contains(projectUnit)
                ? Optional.empty()
                : Optional.of("unitCode: unit " + projectUnit + " is not one an outside reporter may report for"
                        + " (jixiao.reports.outside-units); reports for it come through the API");
    }
}
