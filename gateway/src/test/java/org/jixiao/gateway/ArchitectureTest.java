package org.jixiao.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.jixiao.testinfra.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The gateway's feature packages (auth, proxy, stream, docs, health, observability, problem) keep the convention of
 * docs/architecture.md ("Code layout"). Only {@link GatewayRoutes} in the root package knows every feature, and no
 * feature knows it.
 */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("org.jixiao.gateway");
    }

    @Test
    void noFeatureDependsOnTheRootPackage() {
        // The slices of packagesFormNoCycle leave the root package out, so this closes the gap: the pipeline's wiring
        // depends on every feature, never the other way round.
        noClasses()
                .that()
                .resideInAPackage(root + ".*..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root)
                .check(classes);
    }
}
