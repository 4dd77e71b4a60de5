package org.jixiao.monitoring.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A progress report as the rules see it: the value as written, in the target grammar or a qualitative answer. */
public record Report(
        UUID id, LocalDate asOf, String value, String likelihood, String forecast, UUID corrects, Instant reportedAt) {
    public static final String ACHIEVED = "ACHIEVED";
    public static final String PARTLY_ACHIEVED = "PARTLY_ACHIEVED";
    public static final String NOT_ACHIEVED = "NOT_ACHIEVED";
    public static final String IMPOSSIBLE = "IMPOSSIBLE";

    public boolean saysAchieved() {
        return ACHIEVED.equals(value);
    }

    public boolean saysImpossible() {
        return IMPOSSIBLE.equals(likelihood);
    }
}
