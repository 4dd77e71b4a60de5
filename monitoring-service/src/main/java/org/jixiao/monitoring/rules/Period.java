package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A project's period, both days included, and the day reporting on the thing judged starts: the period start, or for
 * an indicator defined during the period, the day it was defined (docs/rules.md, "Grace").
 */
public record Period(LocalDate start, LocalDate end, LocalDate reportingFrom) {

    public Period(LocalDate start, LocalDate end) {
        this(start, end, start);
    }

    /**
     * The period as an indicator defined on {@code day} sees it: reporting starts on that day if it falls inside the
     * period. A definition before the period, after it (a year's table entered afterwards) or unknown counts from
     * the period start.
     */
    public Period definedOn(LocalDate day) {
        if (day == null || !day.isAfter(start) || day.isAfter(end)) {
            return new Period(start, end);
        }
        return new Period(start, end, day);
    }

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
