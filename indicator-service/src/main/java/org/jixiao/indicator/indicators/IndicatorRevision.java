package org.jixiao.indicator.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jixiao.events.Milestone;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;
import org.jixiao.targets.TargetValue;

/** One version of an indicator's target, weight and milestones; never changed once written. */
@Entity
@Table(name = "indicator_revision")
public class IndicatorRevision extends PanacheEntityBase {
    /** From the table's sequence in blocks of 50, like {@link Indicator#id}, so revisions are batched too. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_revision_ids")
    @SequenceGenerator(name = "indicator_revision_ids", sequenceName = "indicator_revision_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "indicator_id", nullable = false)
    public Long indicatorId;

    @Column(nullable = false)
    public int revision;

    public String description;

    @Column(name = "target_raw", nullable = false)
    public String targetRaw;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public TargetValue target;

    /** What the revision set of the measure and direction; null where the target grammar's default applied. */
    @Enumerated(EnumType.STRING)
    @Column(name = "measure_set")
    public Accumulation measureSet;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction_set")
    public Direction directionSet;

    public BigDecimal weight;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Milestone> milestones = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** A snapshot of the indicator's current revision. */
    public static IndicatorRevision of(Indicator indicator) {
        IndicatorRevision r = new IndicatorRevision();
        r.indicatorId = indicator.id;
        r.revision = indicator.revision;
        r.description = indicator.description;
        r.targetRaw = indicator.targetRaw;
        r.target = indicator.target;
        r.measureSet = indicator.measureSet;
        r.directionSet = indicator.directionSet;
        r.weight = indicator.weight;
        r.milestones = new ArrayList<>(indicator.milestones);
        return r;
    }
}
