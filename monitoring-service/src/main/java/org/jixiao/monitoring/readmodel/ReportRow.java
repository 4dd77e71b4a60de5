package org.jixiao.monitoring.readmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One progress report as the consumer stores it ({@link ReportRows}): the columns of {@code progress_report}, in a
 * plain record. The consumer builds one per report of a batch, a hundred thousand in a bulk upload; an entity instance
 * would route every field write and read through Hibernate's dirty tracking for an object it never manages.
 */
public record ReportRow(
        UUID id,
        long indicatorId,
        long projectId,
        LocalDate asOf,
        String value,
        BigDecimal numericValue,
        String likelihood,
        String deviationCategory,
        String deviationReason,
        String correctiveAction,
        String forecast,
        UUID corrects,
        String reporter,
        Instant reportedAt) {}
