package org.jixiao.monitoring.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jixiao.monitoring.rules.Period;

/** A project as monitoring knows it from {@code project-events}. */
@Entity
@Table(name = "mon_project")
public class MonProject extends PanacheEntityBase {
    @Id
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public String name;

    @Column(name = "budget_total", nullable = false)
    public BigDecimal budgetTotal;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    public Period period() {
        return new Period(periodStart, periodEnd);
    }
}
