package org.jixiao.project.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Cumulative spending to post (万元) as of a date, as a caller states it (not yet validated). */
public record Spending(LocalDate asOf, BigDecimal spent) {}
