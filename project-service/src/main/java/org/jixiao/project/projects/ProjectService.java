package org.jixiao.project.projects;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jixiao.events.Budget;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProjectRegistered;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.Echo;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.kit.rest.PageRequest;
import org.jixiao.kit.security.UnitScope;
import org.jixiao.project.units.UnitService;

/**
 * Registers, updates and lists projects; every registration leaves a {@code ProjectRegistered} event in the outbox.
 * Each write path checks the caller's unit scope once, here, inside the transaction that writes.
 */
@ApplicationScoped
@Transactional
public class ProjectService {
    private final Outbox outbox;
    private final UnitScope scope;
    private final UnitService units;
    private final Event<ProjectChanged> changed;

    ProjectService(Outbox outbox, UnitScope scope, UnitService units, Event<ProjectChanged> changed) {
        this.outbox = outbox;
        this.scope = scope;
        this.units = units;
        this.changed = changed;
    }

    /** Registers a project for the calling key, which must be allowed to write for its unit. */
    public Project register(ProjectFields request) {
        ProjectValidator.requireBoundedText(request);
        if (request != null && request.unitCode() != null) {
            scope.requireWrite(request.unitCode());
        }
        return registerChecked(request);
    }

    /**
     * Registers a project of an import the saga has already accepted (there is no calling key: the request arrived
     * on {@code project-commands}).
     */
    public Project registerImported(ProjectFields request) {
        return registerChecked(request);
    }

    private Project registerChecked(ProjectFields request) {
        ProjectValidator.validate(request);
        if (units.find(request.unitCode()).isEmpty()) {
            throw ProblemException.invalid("unitCode", "unit " + request.unitCode() + " does not exist");
        }
        String name = request.name().strip();
        if (Project.count(
                        "unitCode = ?1 and fiscalYear = ?2 and name = ?3",
                        request.unitCode(),
                        request.fiscalYear(),
                        name)
                > 0) {
            throw ProblemException.conflict("unit " + request.unitCode() + " already has a project named '"
                    + Echo.of(name) + "' in " + request.fiscalYear());
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
     * identify the project and cannot change. The caller must be allowed to write for the project's unit; the
     * expected version is read only after that, so a caller learns nothing about a project it may not write.
     */
    public Project update(long id, ProjectFields request, LongSupplier expectedVersionOf) {
        Project project = get(id);
        scope.requireWrite(project.unitCode);
        long expectedVersion = expectedVersionOf.getAsLong();
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
            throw ProblemException.conflict(
                    "unit " + project.unitCode + " already has a project named '" + Echo.of(name) + "'");
        }
        project.name = name;
        apply(project, request);
        project.updatedAt = java.time.Instant.now();
        project.flush();
        changed.fire(new ProjectChanged(id));
        outbox.append(
                Topics.PROJECT_EVENTS,
                project.id.toString(),
                EventTypes.PROJECT_UPDATED,
                ProjectRegistered.VERSION,
                toEvent(project));
        return project;
    }

    /**
     * One row by its key. A read alone needs no transaction (Quarkus reads through the request's session): beginning
     * and committing one, with Hibernate's flush at commit, cost more than the read itself (docs/benchmarks.md,
     * "Reads"). Called inside a write's transaction it joins that one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Project get(long id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw ProblemException.notFound("project " + id + " does not exist");
        }
        return project;
    }

    /** The project of that unit, year and name, if registered. */
    public Optional<Project> find(String unitCode, int fiscalYear, String name) {
        return Project.<Project>find(
                        "unitCode = ?1 and fiscalYear = ?2 and name = ?3", unitCode, fiscalYear, name.strip())
                .firstResultOptional();
    }

    public ProjectsPage list(String unitCode, Integer fiscalYear, String name, PageRequest page) {
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
        return new ProjectsPage(query.list(), query.count());
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Budget, purpose, goals and period from a request that passed validation. */
    private static void apply(Project project, ProjectFields request) {
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
