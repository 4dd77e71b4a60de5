package org.jixiao.events;

/**
 * Why a status changed, as written in a {@link StatusChanged} event's {@code cause.type}. The names are the JSON
 * values dashboards already filter on; a new cause is added here, never written as a string elsewhere.
 */
public enum Cause {
    /** A progress report arrived ({@code cause.reportId} names it). */
    REPORT,
    /** An indicator was defined or revised. */
    TARGET_DEFINED,
    /** A project was registered. */
    PROJECT_REGISTERED,
    /** A project's data (budget, period) changed. */
    PROJECT_UPDATED,
    /** A budget execution (spending) was recorded. */
    BUDGET_EXECUTION,
    /** An admin set (or withdrew) the score share of a qualitative indicator ({@code cause.reportId} names it). */
    SCORE_ASSESSED,
    /** Nothing arrived; the date moved on (a report grew stale, a deadline passed, the year ended). */
    DATE_ROLLOVER,
    /**
     * monitoring-service started, possibly with other rules ({@code jixiao.rules.*}) or another build, and
     * re-evaluated every project.
     */
    SERVICE_STARTED
}
