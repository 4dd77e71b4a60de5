package org.jixiao.indicator.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A project as announced on {@code project-events}; indicators can only be attached to known projects. */
@Entity
@Table(name = "known_project")
public class KnownProject extends PanacheEntityBase {
    @Id
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public String name;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;
}
