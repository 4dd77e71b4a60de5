package org.jixiao.monitoring.rules;

/** Achievement status of an indicator, project or unit; declared from most to least severe for roll-ups. */
public enum Status {
    OFF_TRACK,
    AT_RISK,
    NOT_REPORTED,
    ON_TRACK,
    AHEAD,
    ACHIEVED,
    NO_TARGET;

    /** The more severe of two statuses; NO_TARGET never outweighs a measured one. */
    public static Status worst(Status a, Status b) {
        if (a == null || a == NO_TARGET) {
            return b;
        }
        if (b == null || b == NO_TARGET) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
