package org.jixiao.indicator.importing.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.events.ImportProjectsResolved;
import org.jixiao.targets.table.TargetTable;

/**
 * Whether project-service's answer fits the import it answers: an accepted answer names every table of the file
 * exactly once, each with the table's own unit, project name and fiscal year. Anything else on the topic (a forged or
 * garbled answer) would attach the file's indicators to projects it never named.
 */
public final class ImportAnswerCheck {
    private ImportAnswerCheck() {}

    /** Why the answer does not fit, or empty when it does. */
    public static Optional<String> mismatch(
            List<TargetTable> tables, List<Integer> fiscalYears, ImportProjectsResolved answer) {
        if (!answer.accepted()) {
            return Optional.empty();
        }
        List<ImportProjectsResolved.Project> projects = answer.projects() == null ? List.of() : answer.projects();
        Set<Integer> answered = new HashSet<>();
        for (ImportProjectsResolved.Project project : projects) {
            int number = project.table();
            if (number < 1 || number > tables.size()) {
                return Optional.of("names table " + number + "; the import has tables 1.." + tables.size());
            }
            if (!answered.add(number)) {
                return Optional.of("answers table " + number + " twice");
            }
            TargetTable table = tables.get(number - 1);
            if (!table.unitCode().equals(project.unitCode())) {
                return Optional.of("gives table " + number + " unit " + project.unitCode() + ", the file says "
                        + table.unitCode());
            }
            if (!table.projectName().strip().equals(project.name())) {
                return Optional.of("gives table " + number + " another project name than the file");
            }
            if (fiscalYears.get(number - 1) != project.fiscalYear()) {
                return Optional.of("gives table " + number + " fiscal year " + project.fiscalYear() + ", the file "
                        + fiscalYears.get(number - 1));
            }
        }
        if (answered.size() != tables.size()) {
            return Optional.of("answers " + answered.size() + " of the import's " + tables.size() + " tables");
        }
        return Optional.empty();
    }
}
