package org.jixiao.events;

import java.time.LocalDate;
import java.util.List;

/** A project and its budget were registered. Topic {@code project-events}, key = project id. */
public record ProjectRegistered(
        long projectId,
        String unitCode,
        int fiscalYear,
        String name,
        Budget budget,
        String purpose,
        List<String> goals,
        LocalDate periodStart,
        LocalDate periodEnd,
        long version) {
    public static final int VERSION = 1;
}
