package org.jixiao.project.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.events.Budget;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProjectRegistered;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.kit.rest.PageRequest;
import org.jixiao.kit.rest.PageResponse;
import org.jixiao.project.api.ProjectRequest;
import org.jixiao.project.api.ProjectResponse;
import org.jixiao.project.domain.Project;
import org.jixiao.project.domain.Unit;

/** Registers and lists projects; every registration leaves a {@code ProjectRegistered} event in the outbox. */
@ApplicationScoped
@Transactional
public class ProjectService {
    private final Outbox outbox;

    ProjectService(Outbox outbox) {
        this.outbox = outbox;
    }

    public Project register(ProjectRequest request) {
        ProjectValidator.validate(request);
        if (Unit.findById(request.unitCode()) == null) {
            throw ProblemException.invalid("unitCode", "unit " + request.unitCode() + " does not exist");
        }
        String name = request.name().strip();
        if (Project.count(
                        "unitCode = ?1 and fiscalYear = ?2 and name = ?3",
                        request.unitCode(),
                        request.fiscalYear(),
                        name)
                > 0) {
            throw ProblemException.conflict("unit " + request.unitCode() + " already has a project named '" + name
                    + "' in " + request.fiscalYear());
        }
        Project project = new Project();
        project.unitCode = request.unitCode();
        project.fiscalYear = request.fiscalYear();
        project.name = name;
        apply(project, request);
        project.persistAndFlush();
        outbox.append(
                Topics.PROJECT_EVENTS,
                project.id.toString(),
                EventTypes.PROJECT_REGISTERED,
                ProjectRegistered.VERSION,
                toEvent(project));
        return project;
    }

    /**
     * Replaces a project's name, budget, purpose, goals and period if it is still at {@code expectedVersion}
     * (optimistic versioning: a client that read an older version gets 409 and must re-read). Unit and fiscal year
     * identify the project and cannot change.
     */
    public Project update(long id, ProjectRequest request, long expectedVersion) {
        Project project = get(id);
        if (project.version != expectedVersion) {
            throw ProblemException.conflict("project " + id + " is at version " + project.version + ", not "
                    + expectedVersion + "; read it again and retry");
        }
        ProjectValidator.validate(request);
        Violations violations = new Violations();
        violations.check(project.unitCode.equals(request.unitCode()), "unitCode", "cannot be changed");
        violations.check(project.fiscalYear == request.fiscalYear(), "fiscalYear", "cannot be changed");
        violations.throwIfAny();
        String name = request.name().strip();
        if (!name.equals(project.name)
                && Project.count(
                                "unitCode = ?1 and fiscalYear = ?2 and name = ?3",
                                project.unitCode,
                                project.fiscalYear,
                                name)
                        > 0) {
            throw ProblemException.conflict("unit " + project.unitCode + " already has a project named '" + name + "'");
        }
        project.name = name;
        apply(project, request);
        project.updatedAt = java.time.Instant.now();
        project.flush();
        outbox.append(
                Topics.PROJECT_EVENTS,
                project.id.toString(),
                EventTypes.PROJECT_UPDATED,
                ProjectRegistered.VERSION,
                toEvent(project));
        return project;
    }

    public Project get(long id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw ProblemException.notFound("project " + id + " does not exist");
        }
        return project;
    }

    public PageResponse<ProjectResponse> list(String unitCode, Integer fiscalYear, String name, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (unitCode != null && !unitCode.isBlank()) {
            where.add("unitCode = :unitCode");
            params.and("unitCode", unitCode);
        }
        if (fiscalYear != null) {
            where.add("fiscalYear = :fiscalYear");
            params.and("fiscalYear", fiscalYear);
        }
        if (name != null && !name.isBlank()) {
            // A substring match: the name's own % and _ are escaped so they match only themselves.
            where.add("lower(name) like :name escape '!'");
            params.and("name", "%" + likeLiteral(name.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        var query = Project.<Project>find(String.join(" and ", where), Sort.by("id"), params)
                .page(Page.of(page.page(), page.size()));
        List<ProjectResponse> items =
                query.list().stream().map(ProjectResponse::of).toList();
        return new PageResponse<>(items, page.page(), page.size(), query.count());
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Budget, purpose, goals and period from a request that passed validation. */
    private static void apply(Project project, ProjectRequest request) {
        project.budgetTotal = request.budget().total();
        project.budgetOther = request.budget().other() == null
                ? BigDecimal.ZERO
                : request.budget().other();
        project.budgetFiscal = request.budget().fiscal() == null
                ? project.budgetTotal.subtract(project.budgetOther)
                : request.budget().fiscal();
        project.purpose = request.purpose();
        project.goals = request.goals() == null ? new ArrayList<>() : new ArrayList<>(request.goals());
        project.periodStart =
                request.periodStart() != null ? request.periodStart() : LocalDate.of(request.fiscalYear(), 1, 1);
        project.periodEnd =
                request.periodEnd() != null ? request.periodEnd() : LocalDate.of(request.fiscalYear(), 12, 31);
        if (project.budgetFiscal.signum() < 0) {
            throw ProblemException.invalid("budget.other", "must not exceed total");
        }
        if (project.periodStart.isAfter(project.periodEnd)) {
            throw ProblemException.invalid("periodEnd", "must not be before periodStart");
        }
    }

    static ProjectRegistered toEvent(Project p) {
        return new ProjectRegistered(
                p.id,
                p.unitCode,
                p.fiscalYear,
                p.name,
                new Budget(p.budgetTotal, p.budgetFiscal, p.budgetOther),
                p.purpose,
                List.copyOf(p.goals),
                p.periodStart,
                p.periodEnd,
                p.version);
    }
}
