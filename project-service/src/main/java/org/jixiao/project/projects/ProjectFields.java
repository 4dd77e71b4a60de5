package org.jixiao.project.projects;

import java.time.LocalDate;
import java.util.List;

/**
 * What a registration or an update states about a project, from a caller or an import, before validation: any part
 * may be missing, which {@link ProjectValidator} reports.
 */
public record ProjectFields(
        String unitCode,
        Integer fiscalYear,
        String name,
        ProjectBudget budget,
        String purpose,
        List<String> goals,
        LocalDate periodStart,
        LocalDate periodEnd) {}
