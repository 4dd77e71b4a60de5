package org.jixiao.project.execution;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today in the budget's calendar ({@code jixiao.time-zone}, as monitoring-service reads it): spending cannot be
 * recorded for a day that has not begun there.
 */
@ApplicationScoped
public class BudgetCalendar {
    private final ZoneId zone;

    BudgetCalendar(@ConfigProperty(name = "jixiao.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
