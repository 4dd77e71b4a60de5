package org.jixiao.project.execution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Cumulative amount a project has spent (万元) as of a date. */
@Entity
@Table(name = "budget_execution")
public class BudgetExecution extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(nullable = false)
    public BigDecimal spent;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt = Instant.now();
}
