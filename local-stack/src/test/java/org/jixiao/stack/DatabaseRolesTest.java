package org.jixiao.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's roles on a real PostgreSQL, across a restart (when passwords are already required). */
class DatabaseRolesTest {
    private static final List<String> DATABASES = List.of("project", "gateway");

    @TempDir
    Path data;

    @Test
    void aRestartKeepsThePasswordsAndTheTablesAServiceMadeBeforeRolesExisted() throws Exception {
        Path keys = data.resolve("keys");
        try (EmbeddedPostgresServer first = start()) {
            try (Connection superuser = first.connect("project");
                    Statement ddl = superuser.createStatement()) {
                ddl.execute("CREATE TABLE made_before_roles (id int)");
            }
            DatabaseRoles.prepare(keys, DATABASES).apply(first, DATABASES);
        }
        DatabaseRoles again = DatabaseRoles.prepare(keys, DATABASES);
        try (EmbeddedPostgresServer second = start()) {
            again.apply(second, DATABASES);
            String url = second.jdbcUrl("project");
            try (Connection own = DriverManager.getConnection(url, "jixiao_project", again.passwordOf("project"));
                    Statement sql = own.createStatement()) {
                sql.execute("INSERT INTO made_before_roles VALUES (1)");
                try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM made_before_roles")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "jixiao_gateway", again.passwordOf("gateway")))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    private EmbeddedPostgresServer start() throws Exception {
        return EmbeddedPostgresServer.start(data.resolve("postgres"), 0, data.resolve("logs/postgres.log"));
    }
}
