package org.jixiao.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Cumulative spending of a project as of a date, in 万元. Topic {@code project-events}, key = project id. */
public record BudgetExecutionRecorded(long projectId, String unitCode, LocalDate asOf, BigDecimal spent) {
    public static final int VERSION = 1;
}
