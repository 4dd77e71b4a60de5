package org.jixiao.events;

/**
 * Event type names. A type is changed only by adding optional fields or by a new version number; consumers accept
 * every version up to the one they know.
 */
public final class EventTypes {
    public static final String UNIT_REGISTERED = "UnitRegistered";
    public static final String PROJECT_REGISTERED = "ProjectRegistered";
    /** A project's new state after an update; same data as {@link ProjectRegistered}, with a higher version. */
    public static final String PROJECT_UPDATED = "ProjectUpdated";

    public static final String BUDGET_EXECUTION_RECORDED = "BudgetExecutionRecorded";
    public static final String INDICATOR_DEFINED = "IndicatorDefined";
    public static final String PROGRESS_REPORTED = "ProgressReported";
    public static final String SCORE_ASSESSED = "ScoreAssessed";
    public static final String STATUS_CHANGED = "StatusChanged";
    public static final String IMPORT_PROJECTS_REQUESTED = "ImportProjectsRequested";
    public static final String IMPORT_PROJECTS_RESOLVED = "ImportProjectsResolved";

    private EventTypes() {}
}
