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
import org.jixiao.indicator.projects.KnownProject;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;
import org.jixiao.targets.TargetValue;
import org.jixiao.targets.TargetValueParser;

/** A three-level performance indicator (一级/二级/三级) of a project with its target as written and parsed. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
    /**
     * Taken from the table's sequence in blocks of 50 (V4 migration), so an import's inserts can be sent in JDBC
     * batches; an identity column would force one round trip per row.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_ids")
    @SequenceGenerator(name = "indicator_ids", sequenceName = "indicator_id_seq", allocationSize = 50)
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

    public String description;

    @Column(name = "target_raw", nullable = false)
    public String targetRaw;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public TargetValue target;

    /** The measure set for this indicator, overriding the target grammar's; null while the default applies. */
    @Enumerated(EnumType.STRING)
    @Column(name = "measure_set")
    public Accumulation measureSet;

    /** The direction set for this indicator; null while the default applies. */
    @Enumerated(EnumType.STRING)
    @Column(name = "direction_set")
    public Direction directionSet;

    public BigDecimal weight;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Milestone> milestones = new ArrayList<>();

    /** Order of the indicator within its project, as in the published table. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** A new indicator (not yet persisted) from a command that passed validation, at a position in its project. */
    static Indicator of(KnownProject project, DefineIndicator command, int position) {
        Indicator indicator = new Indicator();
        indicator.projectId = project.id;
        indicator.unitCode = project.unitCode;
        indicator.level1 = command.level1();
        indicator.level2 = command.level2();
        indicator.name = command.name().strip();
        indicator.position = position;
        indicator.apply(command);
        return indicator;
    }

    /** The next revision: what a validated command says of the target, description, weight and milestones. */
    void revise(DefineIndicator command) {
        apply(command);
        revision++;
    }

    private void apply(DefineIndicator command) {
        description = command.description();
        targetRaw = command.target().strip();
        // The name tells a stock (staff in post, kept in service) from a flow: docs/rules.md, "Measure and direction".
        // What the indicator sets wins over the default, and travels in the target to monitoring.
        TargetValue parsed = TargetValueParser.parse(targetRaw, level2, name);
        measureSet = command.measure();
        directionSet = command.direction();
        parsed = measureSet == null ? parsed : parsed.withAccumulation(measureSet);
        target = directionSet == null ? parsed : parsed.withDirection(directionSet);
        weight = command.weight();
        milestones = command.milestones() == null ? new ArrayList<>() : new ArrayList<>(command.milestones());
    }
}
