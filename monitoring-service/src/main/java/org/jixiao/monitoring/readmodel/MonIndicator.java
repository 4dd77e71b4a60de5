package org.jixiao.monitoring.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jixiao.events.Milestone;
import org.jixiao.monitoring.rules.Period;
import org.jixiao.targets.TargetValue;

/** An indicator's target as monitoring knows it from {@code indicator-events} (latest revision). */
@Entity
@Table(name = "mon_indicator")
public class MonIndicator extends PanacheEntityBase {
    @Id
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String level1;

    @Column(nullable = false)
    public String level2;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public TargetValue target;

    public BigDecimal weight;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Milestone> milestones = new ArrayList<>();

    @Column(nullable = false)
    public int revision;

    /**
     * The day its first definition was published, in the service's time zone; the grace before its first report is
     * due counts from it when it falls inside the project period (docs/rules.md, "Grace"). Null if not known.
     */
    @Column(name = "defined_on")
    public LocalDate definedOn;

    /**
     * The share of its points an admin set for its qualitative answer, within the answer's band, and why
     * ({@code ScoreAssessed}); null while the band's default applies.
     */
    @Column(name = "assessed_share")
    public BigDecimal assessedShare;

    @Column(name = "assessment_reason")
    public String assessmentReason;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    /** The project period as this indicator sees it: reporting starts when it was defined. */
    public Period periodOf(MonProject project) {
        return project.period().definedOn(definedOn);
    }
}
