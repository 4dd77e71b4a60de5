package org.jixiao.monitoring.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jixiao.monitoring.rules.Report;

/** An accepted progress report; history is never overwritten (a correction is a new report). */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "indicator_id", nullable = false)
    public Long indicatorId;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(nullable = false)
    public String value;

    @Column(name = "numeric_value")
    public BigDecimal numericValue;

    public String likelihood;

    @Column(name = "deviation_category")
    public String deviationCategory;

    @Column(name = "deviation_reason")
    public String deviationReason;

    @Column(name = "corrective_action")
    public String correctiveAction;

    public String forecast;

    public UUID corrects;

    public String reporter;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    public Report toReport() {
        return new Report(id, asOf, value, likelihood, forecast, corrects, reportedAt);
    }

    /**
     * Every report on the project's indicators, found through the index by indicator (progress_report keeps no index
     * by project: each report insert would pay for it, and only whole-project reads use it).
     */
    public static List<ProgressReport> ofProject(long projectId) {
        return list("indicatorId in (select i.id from MonIndicator i where i.projectId = ?1)", projectId);
    }
}
