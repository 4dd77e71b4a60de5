package org.jixiao.monitoring.rules;

import java.math.BigDecimal;

/** A project's state on one day: worst indicator status, budget warning, time progress and execution rate. */
public record ProjectEvaluation(Status status, Warning warning, BigDecimal timeProgress, BigDecimal executionRate) {}
