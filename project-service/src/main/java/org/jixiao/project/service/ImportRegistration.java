package org.jixiao.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ImportProjectsRequested;
import org.jixiao.events.ImportProjectsResolved;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.project.api.BudgetDto;
import org.jixiao.project.api.ProjectRequest;
import org.jixiao.project.api.UnitRequest;
import org.jixiao.project.domain.Project;
import org.jixiao.project.domain.Unit;

/**
 * project-service's step of the import saga: registers every unit and project of an import, or none. A project
 * already registered with the same budget is UNCHANGED (a repeated import converges); one registered with another
 * budget rejects the whole import, naming the table. The answer goes out on {@code project-events}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportRegistration {
    private final UnitService units;
    private final ProjectService projects;
    private final Outbox outbox;

    ImportRegistration(UnitService units, ProjectService projects, Outbox outbox) {
        this.units = units;
        this.projects = projects;
        this.outbox = outbox;
    }

    public void register(ImportProjectsRequested request) {
        List<String> errors = new ArrayList<>();
        for (ImportProjectsRequested.Project p : request.projects()) {
            Project existing = find(p);
            if (existing != null && !sameBudget(existing, p)) {
                errors.add("table " + p.table() + ": project '" + p.name() + "' of unit " + p.unitCode() + " in "
                        + p.fiscalYear() + " is already registered with another budget (预算数 "
                        + existing.budgetTotal.stripTrailingZeros().toPlainString() + ")");
            }
            try {
                ProjectValidator.validate(toRequest(p));
            } catch (ProblemException e) {
                e.violations().forEach(v -> errors.add("table " + p.table() + ": " + v.field() + " " + v.message()));
            }
        }
        List<ImportProjectsResolved.Project> resolved = new ArrayList<>();
        if (errors.isEmpty()) {
            for (ImportProjectsRequested.Project p : request.projects()) {
                resolved.add(registerOne(p));
            }
        }
        outbox.append(
                Topics.PROJECT_EVENTS,
                "import:" + request.importId(),
                EventTypes.IMPORT_PROJECTS_RESOLVED,
                ImportProjectsResolved.VERSION,
                new ImportProjectsResolved(request.importId(), errors.isEmpty(), resolved, errors));
    }

    private ImportProjectsResolved.Project registerOne(ImportProjectsRequested.Project p) {
        if (Unit.findById(p.unitCode()) == null) {
            units.register(new UnitRequest(p.unitCode(), p.unitName(), null));
        }
        Project project = find(p);
        String outcome = ImportProjectsResolved.UNCHANGED;
        if (project == null) {
            project = projects.register(toRequest(p));
            outcome = ImportProjectsResolved.CREATED;
        }
        return new ImportProjectsResolved.Project(
                p.table(),
                project.id,
                project.unitCode,
                project.fiscalYear,
                project.name,
                project.periodStart,
                project.periodEnd,
                outcome);
    }

    private static Project find(ImportProjectsRequested.Project p) {
        return Project.find(
                        "unitCode = ?1 and fiscalYear = ?2 and name = ?3",
                        p.unitCode(),
                        p.fiscalYear(),
                        p.name().strip())
                .firstResult();
    }

    private static boolean sameBudget(Project existing, ImportProjectsRequested.Project p) {
        return p.budget() != null
                && p.budget().total() != null
                && existing.budgetTotal.compareTo(p.budget().total()) == 0;
    }

    private static ProjectRequest toRequest(ImportProjectsRequested.Project p) {
        BudgetDto budget = p.budget() == null
                ? null
                : new BudgetDto(
                        p.budget().total(), p.budget().fiscal(), p.budget().other());
        return new ProjectRequest(p.unitCode(), p.fiscalYear(), p.name(), budget, p.purpose(), p.goals(), null, null);
    }
}
