package org.jixiao.monitoring.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jixiao.kit.problem.Violations;
import org.jixiao.kit.rest.PageRequest;
import org.jixiao.kit.rest.PageResponse;
import org.jixiao.monitoring.rules.Status;
import org.jixiao.monitoring.rules.Warning;

/**
 * Lists of statuses for dashboards and follow-up, e.g. all OFF_TRACK indicators of a unit, as of any day. Scoped to
 * a unit or a project so that an evaluation on an arbitrary day stays bounded.
 */
@ApplicationScoped
@Transactional
public class StatusQueries {
    private final StatusEvaluator evaluator;
    private final ProjectViews views;

    StatusQueries(StatusEvaluator evaluator, ProjectViews views) {
        this.evaluator = evaluator;
        this.views = views;
    }

    /** What to list: a unit or a project, optionally a fiscal year, a status, a warning and a day. */
    public record Filter(
            String unitCode, Long projectId, Integer fiscalYear, String status, String warning, LocalDate asOf) {}

    public PageResponse<IndicatorStatusView> indicators(Filter filter, PageRequest page) {
        validate(filter);
        List<IndicatorStatusView> matching = projects(filter).stream()
                .flatMap(p -> p.indicators().stream())
                .filter(matches(filter.status(), i -> i.status().name()))
                .toList();
        return page(matching, page);
    }

    public PageResponse<ProjectStatusView> projects(Filter filter, PageRequest page) {
        validate(filter);
        if (filter.projectId() == null) {
            // Every answer of the unit stored: filtered by the status and warning at their start, and only the page
            // read back into views (docs/benchmarks.md, "At scale").
            Optional<List<String>> stored =
                    evaluator.storedOfUnit(filter.unitCode(), filter.fiscalYear(), filter.asOf());
            if (stored.isPresent()) {
                List<String> bodies = stored.get().stream()
                        .filter(body -> {
                            String[] statusAndWarning = views.statusAndWarning(body);
                            return matches(filter.status(), (String[] s) -> s[0])
                                            .test(statusAndWarning)
                                    && matches(filter.warning(), (String[] s) -> s[1])
                                            .test(statusAndWarning);
                        })
                        .toList();
                PageResponse<String> shown = page(bodies, page);
                return new PageResponse<>(
                        shown.items().stream().map(views::read).toList(), shown.page(), shown.size(), shown.total());
            }
        }
        List<ProjectStatusView> matching = projects(filter).stream()
                .filter(matches(filter.status(), p -> p.status().name()))
                .filter(matches(filter.warning(), p -> p.warning().name()))
                .toList();
        return page(matching, page);
    }

    private List<ProjectStatusView> projects(Filter filter) {
        if (filter.projectId() != null) {
            return List.of(evaluator.project(filter.projectId(), filter.asOf()));
        }
        return evaluator.projectsOfUnit(filter.unitCode(), filter.fiscalYear(), filter.asOf());
    }

    private static <T> Predicate<T> matches(String wanted, java.util.function.Function<T, String> value) {
        return item -> wanted == null || wanted.equals(value.apply(item));
    }

    private static <T> PageResponse<T> page(List<T> all, PageRequest page) {
        int from = Math.min(all.size(), page.page() * page.size());
        int to = Math.min(all.size(), from + page.size());
        return new PageResponse<>(all.subList(from, to), page.page(), page.size(), all.size());
    }

    private static void validate(Filter filter) {
        Violations violations = new Violations();
        violations.check(
                filter.unitCode() != null || filter.projectId() != null,
                "unitCode",
                "unitCode or projectId is required");
        if (filter.status() != null) {
            violations.check(
                    isOneOf(filter.status(), Status.values()),
                    "status",
                    "must be one of " + Arrays.toString(Status.values()));
        }
        if (filter.warning() != null) {
            violations.check(
                    isOneOf(filter.warning(), Warning.values()),
                    "warning",
                    "must be one of " + Arrays.toString(Warning.values()));
        }
        violations.throwIfAny();
    }

    private static boolean isOneOf(String value, Enum<?>[] values) {
        return Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }
}
