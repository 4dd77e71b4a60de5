package org.jixiao.monitoring.rules;

/**
 * Achievement status of an indicator, project or unit; declared from most to least severe for roll-ups
 * (docs/rules.md, "Roll-ups").
 */
public enum Status {
    OFF_TRACK,
    AT_RISK,
    NOT_REPORTED,
    ON_TRACK,
    /** Too early for a first report (the grace period); neutral in roll-ups. */
    NOT_DUE,
    AHEAD,
    ACHIEVED,
    /** Nothing to measure; neutral in roll-ups. */
    NO_TARGET;

    /**
     * The more severe of two statuses. NO_TARGET and NOT_DUE never outweigh a measured status: a project whose
     * indicators are ACHIEVED and NOT_DUE is ACHIEVED; one with only NOT_DUE ones is NOT_DUE.
     */
    public static Status worst(Status a, Status b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.isNeutral() && b.isNeutral()) {
            return a == NOT_DUE || b == NOT_DUE ? NOT_DUE : NO_TARGET;
        }
        if (a.isNeutral() || b.isNeutral()) {
            return a.isNeutral() ? b : a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Says nothing about achievement yet. */
    public boolean isNeutral() {
        return this == NO_TARGET || this == NOT_DUE;
    }
}
