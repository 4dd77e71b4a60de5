package org.jixiao.testinfra;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rules every service's ArchitectureTest uses do catch what they promise to, on small fixture packages. */
class ArchitectureRulesTest {

    private static final String FIXTURES = "org.jixiao.testinfra.archfixture";

    @Test
    void aPackageCycleFails() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".cyclic");
        assertThatThrownBy(() ->
                        ArchitectureRules.noPackageCycles(FIXTURES + ".cyclic").check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void aRuleClassDoingIoFails() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".impure");
        assertThatThrownBy(() ->
                        ArchitectureRules.rulesArePure(FIXTURES + ".impure").check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.sql.Connection");
    }

    @Test
    void aCleanLayoutPasses() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".clean");
        String root = FIXTURES + ".clean";
        assertThatCode(() -> {
                    ArchitectureRules.noPackageCycles(root).check(classes);
                    ArchitectureRules.rulesArePure(root).check(classes);
                    ArchitectureRules.onlyApiUsesApi(root).check(classes);
                    ArchitectureRules.resourcesDoNotQueryEntities(root).check(classes);
                })
                .doesNotThrowAnyException();
    }
}
