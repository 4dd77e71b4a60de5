package org.jixiao.project.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A funded project of one unit and fiscal year, with its budget in 万元. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public String name;

    @Column(name = "budget_total", nullable = false)
    public BigDecimal budgetTotal;

    @Column(name = "budget_fiscal", nullable = false)
    public BigDecimal budgetFiscal;

    @Column(name = "budget_other", nullable = false)
    public BigDecimal budgetOther;

    public String purpose;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> goals = new ArrayList<>();

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Version
    public long version = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
