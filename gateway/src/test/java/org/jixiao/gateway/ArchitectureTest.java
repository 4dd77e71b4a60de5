package org.jixiao.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.jixiao.testinfra.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's feature packages (auth, proxy, stream, docs, health, observability, problem) form no cycle; the
 * proxy's routing rules are pure; REST DTOs stay in auth.api. Only {@link GatewayRoutes} in the root package knows
 * every feature, and no feature knows it.
 */
class ArchitectureTest {

    private static final String ROOT = "org.jixiao.gateway";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.classesOf(ROOT);
    }

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.noPackageCycles(ROOT).check(classes);
    }

    @Test
    void rulesArePure() {
        ArchitectureRules.rulesArePure(ROOT).check(classes);
    }

    @Test
    void onlyApiUsesApi() {
        ArchitectureRules.onlyApiUsesApi(ROOT).check(classes);
    }

    @Test
    void resourcesDoNotQueryEntities() {
        ArchitectureRules.resourcesDoNotQueryEntities(ROOT).check(classes);
    }

    @Test
    void noFeatureDependsOnTheRootPackage() {
        // The slices of noPackageCycles leave the root package out, so this closes the gap: the pipeline's wiring
        // depends on every feature, never the other way round.
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .check(classes);
    }
}
