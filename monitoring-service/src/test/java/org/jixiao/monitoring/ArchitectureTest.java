package org.jixiao.monitoring;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.jixiao.testinfra.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** monitoring-service keeps the package convention of docs/architecture.md ("Code layout"). */
class ArchitectureTest {
    private static final String ROOT = "org.jixiao.monitoring";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.classesOf(ROOT);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(ROOT).check(classes);
    }

    @Test
    void rulesArePure() {
        ArchitectureRules.rulesArePure(ROOT).check(classes);
    }

    @Test
    void resourcesDoNotQueryEntities() {
        ArchitectureRules.resourcesDoNotQueryEntities(ROOT).check(classes);
    }

    @Test
    void onlyApiUsesApi() {
        ArchitectureRules.onlyApiUsesApi(ROOT).check(classes);
    }
}
