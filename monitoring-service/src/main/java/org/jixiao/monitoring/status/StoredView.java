package org.jixiao.monitoring.status;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A project's stored answer as {@code project_view} holds it, with whether a re-evaluation is pending: kept in memory
 * by {@link CachedViews}, so that whether it is current is decided without the database.
 */
record StoredView(String body, LocalDate evaluatedOn, LocalDate periodEnd, boolean pending) {

    /**
     * The answer, if it is the one a read as of {@code asOf} (null: {@code today} within the project's period) would
     * evaluate to: evaluated on that day and nothing pending (docs/operations.md, "Stored status views").
     */
    Optional<String> current(LocalDate asOf, LocalDate today) {
        LocalDate day = asOf != null ? asOf : (today.isBefore(periodEnd) ? today : periodEnd);
        return !pending && evaluatedOn.equals(day) ? Optional.of(body) : Optional.empty();
    }

    /** Roughly the memory it keeps: a Java string of Chinese text takes two bytes a character. */
    int weight() {
        return 2 * body.length() + 64;
    }
}
