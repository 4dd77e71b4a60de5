package org.jixiao.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The value planned to be reached by a date (cumulative for cumulative indicators). */
public record Milestone(LocalDate asOf, BigDecimal planned) {}
