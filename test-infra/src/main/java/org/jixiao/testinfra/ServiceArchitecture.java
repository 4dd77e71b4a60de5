package org.jixiao.testinfra;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks of {@link ArchitectureRules} that every service runs on its own classes: each service's
 * {@code ArchitectureTest} extends this with its root package and may add rules of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitecture {

    protected final String root;
    protected JavaClasses classes;

    protected ServiceArchitecture(String rootPackage) {
        this.root = rootPackage;
    }

    @BeforeAll
    void importClasses() {
        classes = ArchitectureRules.classesOf(root);
    }

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.noPackageCycles(root).check(classes);
    }

    @Test
    void rulesArePure() {
        ArchitectureRules.rulesArePure(root).check(classes);
    }

    @Test
    void resourcesDoNotQueryEntities() {
        ArchitectureRules.resourcesDoNotQueryEntities(root).check(classes);
    }

    @Test
    void onlyApiUsesApi() {
        ArchitectureRules.onlyApiUsesApi(root).check(classes);
    }
}
