package org.jixiao.project.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One posting of cumulative spending with the execution rate it gives (spent ÷ 预算数, 4 decimals; null if 0). */
public record ExecutionPoint(long projectId, LocalDate asOf, BigDecimal spent, BigDecimal executionRate) {}
