package org.jixiao.project.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One posting of cumulative spending, with the execution rate (spent ÷ 预算数) it gives. */
public record BudgetExecutionResponse(long projectId, LocalDate asOf, BigDecimal spent, BigDecimal executionRate) {}
