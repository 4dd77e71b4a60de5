package org.jixiao.project.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ImportProjectsRequested;
import org.jixiao.events.ImportProjectsResolved;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.Echo;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.project.projects.Project;
import org.jixiao.project.projects.ProjectBudget;
import org.jixiao.project.projects.ProjectFields;
import org.jixiao.project.projects.ProjectService;
import org.jixiao.project.projects.ProjectValidator;
import org.jixiao.project.units.NewUnit;
import org.jixiao.project.units.UnitService;

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
                errors.add(
                        "table " + p.table() + ": project '" + Echo.of(p.name()) + "' of unit " + Echo.of(p.unitCode())
                                + " in "
                                + p.fiscalYear() + " is already registered with another budget (预算数 "
                                + existing.budgetTotal.stripTrailingZeros().toPlainString() + ")");
            }
            try {
                ProjectValidator.validate(toFields(p));
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
        if (units.find(p.unitCode()).isEmpty()) {
            units.registerImported(new NewUnit(p.unitCode(), p.unitName(), null));
        }
        Project project = find(p);
        String outcome = ImportProjectsResolved.UNCHANGED;
        if (project == null) {
            project = projects.registerImported(toFields(p));
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

    private Project find(ImportProjectsRequested.Project p) {
        return projects.find(p.unitCode(), p.fiscalYear(), p.name()).orElse(null);
    }

    private static boolean sameBudget(Project existing, ImportProjectsRequested.Project p) {
        return p.budget() != null
                && p.budget().total() != null
                && existing.budgetTotal.compareTo(p.budget().total()) == 0;
    }

    private static ProjectFields toFields(ImportProjectsRequested.Project p) {
        ProjectBudget budget = p.budget() == null
                ? null
                : new ProjectBudget(
                        p.budget().total(), p.budget().fiscal(), p.budget().other());
        return new ProjectFields(p.unitCode(), p.fiscalYear(), p.name(), budget, p.purpose(), p.goals(), null, null);
    }
}
