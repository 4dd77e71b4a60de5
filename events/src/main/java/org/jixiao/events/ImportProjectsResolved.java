package org.jixiao.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Step 2 of the import saga: project-service registered all projects of an import (or, if any of them conflicts with
 * what is registered, none). Topic {@code project-events}, key {@code import:<id>}. Carries what indicator-service
 * needs to attach the indicators without waiting for the individual {@code ProjectRegistered} events.
 */
public record ImportProjectsResolved(String importId, boolean accepted, List<Project> projects, List<String> errors) {
    public static final int VERSION = 1;
    public static final String CREATED = "CREATED";
    public static final String UNCHANGED = "UNCHANGED";

    public record Project(
            int table,
            long projectId,
            String unitCode,
            int fiscalYear,
            String name,
            LocalDate periodStart,
            LocalDate periodEnd,
            String outcome) {}
}
