package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A project's period, both days included. */
public record Period(LocalDate start, LocalDate end) {

    /** 序时进度: share of the period's days elapsed by the end of {@code day}, between 0 and 1. */
    public BigDecimal timeProgress(LocalDate day) {
        if (day.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        if (!day.isBefore(end)) {
            return BigDecimal.ONE;
        }
        long elapsed = ChronoUnit.DAYS.between(start, day) + 1;
        long total = ChronoUnit.DAYS.between(start, end) + 1;
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
    }

    /** The day to evaluate "now" on: today, but never after the period's end. */
    public LocalDate clamp(LocalDate day) {
        return day.isAfter(end) ? end : day;
    }

    public boolean isOver(LocalDate day) {
        return !day.isBefore(end);
    }
}
