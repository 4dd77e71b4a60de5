package org.jixiao.project.projects.api;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.project.projects.Project;
import org.jixiao.project.rules.Money;

public record ProjectResponse(
        long id,
        String unitCode,
        int fiscalYear,
        String name,
        BudgetDto budget,
        String purpose,
        List<String> goals,
        LocalDate periodStart,
        LocalDate periodEnd,
        long version) {

    public static ProjectResponse of(Project p) {
        return new ProjectResponse(
                p.id,
                p.unitCode,
                p.fiscalYear,
                p.name,
                new BudgetDto(
                        Money.display(p.budgetTotal), Money.display(p.budgetFiscal), Money.display(p.budgetOther)),
                p.purpose,
                List.copyOf(p.goals),
                p.periodStart,
                p.periodEnd,
                p.version);
    }
}
