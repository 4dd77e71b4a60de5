package org.jixiao.monitoring.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * A database created before the idempotency table existed (kit V0.1 and the service's V1..V3 applied) takes the new
 * kit migration V0.2 on the next start, with the Flyway settings the service runs with.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class KitMigrationUpgradeIT {
    private static final String V01 = "V0.1__outbox_and_processed_events.sql";

    @Test
    void existingDatabaseReceivesTheNewKitMigration() throws Exception {
        String url = freshDatabase("upgrade_" + System.nanoTime());
        Path oldKit = Files.createTempDirectory("kit-before-idempotency");
        try (InputStream v01 = getClass().getClassLoader().getResourceAsStream("db/kit/" + V01)) {
            Files.copy(v01, oldKit.resolve(V01));
        }
        // Yesterday's release: the kit had only V0.1.
        flyway(url, false, "filesystem:" + oldKit, "classpath:db/migration").migrate();
        assertThat(tableExists(url, "idempotency_key")).isFalse();

        boolean outOfOrder = ConfigProvider.getConfig().getValue("quarkus.flyway.out-of-order", Boolean.class);
        assertThat(outOfOrder).as("quarkus.flyway.out-of-order").isTrue();
        // Without it Flyway would refuse to start: V0.2 lies below the applied V3.
        assertThat(flyway(url, false, "classpath:db/kit", "classpath:db/migration")
                        .validateWithResult()
                        .validationSuccessful)
                .isFalse();

        flyway(url, outOfOrder, "classpath:db/kit", "classpath:db/migration").migrate();
        assertThat(tableExists(url, "idempotency_key")).isTrue();
        assertThat(flyway(url, outOfOrder, "classpath:db/kit", "classpath:db/migration")
                        .validateWithResult()
                        .validationSuccessful)
                .isTrue();
    }

    private static Flyway flyway(String url, boolean outOfOrder, String... locations) {
        return Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations(locations)
                .outOfOrder(outOfOrder)
                .load();
    }

    private static String freshDatabase(String name) throws SQLException {
        String server = "jdbc:postgresql://127.0.0.1:" + PostgresKafkaResource.postgresPort() + "/";
        try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return server + name;
    }

    private static boolean tableExists(String url, String table) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rs = c.getMetaData().getTables(null, "public", table, null)) {
            return rs.next();
        }
    }
}
