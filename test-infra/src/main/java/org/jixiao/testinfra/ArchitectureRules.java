package org.jixiao.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package convention every service follows (docs/architecture.md, "Code layout"): feature packages, each with
 * its {@code api} (resources and DTOs), service, persistence and messaging; pure rules in packages without I/O. Each
 * service's {@code ArchitectureTest} checks its own classes against these rules.
 */
public final class ArchitectureRules {

    private static final String[] IO_PACKAGES = {
        "jakarta.persistence..",
        "io.quarkus.hibernate..",
        "org.hibernate..",
        "org.apache.kafka..",
        "org.eclipse.microprofile.reactive.messaging..",
        "io.smallrye.reactive.messaging..",
        "jakarta.ws.rs..",
        "org.jboss.resteasy..",
        "io.vertx..",
        "java.sql..",
        "javax.sql.."
    };

    private ArchitectureRules() {}

    /** The production classes under {@code rootPackage}, without tests. */
    public static JavaClasses classesOf(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /** No two packages depend on each other, directly or through others. */
    public static ArchRule noPackageCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(**)")
                .should()
                .beFreeOfCycles()
                .because("a cycle makes two packages one; see docs/architecture.md, \"Code layout\"");
    }

    /** Packages named {@code rules} are pure functions: no database, no Kafka, no HTTP. */
    public static ArchRule rulesArePure(String rootPackage) {
        return noClasses()
                .that()
                .resideInAPackage(rootPackage + "..rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(IO_PACKAGES)
                .allowEmptyShould(true)
                .because("rules are pure functions of their inputs, tested without I/O");
    }

    /** Resources ({@code ..api..}) reach the database through a service, never through an entity's static finders. */
    public static ArchRule resourcesDoNotQueryEntities(String rootPackage) {
        return noClasses()
                .that()
                .resideInAPackage(rootPackage + "..api..")
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a static finder of an entity",
                        call -> call.getTarget().getOwner().isAnnotatedWith("jakarta.persistence.Entity")
                                && call.getTarget()
                                        .resolveMember()
                                        .map(m -> m.getModifiers()
                                                .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                                        .orElse(false)))
                .allowEmptyShould(true)
                .because("resources map HTTP to a service call; the service owns queries and the transaction");
    }

    /** Services take and return domain or command types: nothing outside {@code ..api..} depends on an api package. */
    public static ArchRule onlyApiUsesApi(String rootPackage) {
        return noClasses()
                .that()
                .resideInAPackage(rootPackage + "..")
                .and()
                .resideOutsideOfPackage(rootPackage + "..api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(rootPackage + "..api..")
                .allowEmptyShould(true)
                .because("REST DTOs stay at the edge; services speak in domain and command types");
    }
}
