package org.jixiao.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison behind {@code ./jixiao rebuild}, on a real PostgreSQL with two schemas shaped like monitoring's. */
class SchemaComparisonTest {
    @TempDir
    static Path data;

    static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0, data.resolve("logs/postgres.log"));
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void twoEqualSchemas() throws Exception {
        for (String schema : List.of("live", "rebuilt")) {
            sql(
                    "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
                    "CREATE SCHEMA " + schema,
                    "CREATE TABLE " + schema + ".progress_report (id UUID PRIMARY KEY, value TEXT NOT NULL, "
                            + "numeric_value NUMERIC(20, 6), target JSONB)",
                    "CREATE TABLE " + schema + ".current_status (subject TEXT, subject_id TEXT, status TEXT, "
                            + "evaluated_on DATE, updated_at TIMESTAMPTZ DEFAULT now(), PRIMARY KEY (subject, subject_id))",
                    "CREATE TABLE " + schema + ".outbox_event (id BIGSERIAL PRIMARY KEY, payload TEXT)",
                    "INSERT INTO " + schema + ".progress_report VALUES ('00000000-0000-0000-0000-000000000001', '9台', "
                            + "9, '{\"raw\": \"≥17台\"}'), ('00000000-0000-0000-0000-000000000002', '90%', NULL, NULL)",
                    "INSERT INTO " + schema + ".current_status (subject, subject_id, status, evaluated_on) VALUES "
                            + "('project', '7', 'ON_TRACK', DATE '2026-01-01')");
        }
        // What only says when a run did something, and bookkeeping tables, differ without making the states differ.
        sql(
                "UPDATE rebuilt.current_status SET evaluated_on = DATE '2026-11-22', updated_at = now() + interval '1 day'",
                "INSERT INTO live.outbox_event (payload) VALUES ('announced once')");
    }

    @Test
    void equalStatesHaveNoDifferences() throws Exception {
        assertEquals(List.of(), compare());
    }

    @Test
    void aChangedValueIsOneChangedRowNamingItsKeyAndColumn() throws Exception {
        sql("UPDATE live.progress_report SET value = '1台' WHERE value = '9台'");

        List<TableDifferences> differences = compare();

        assertEquals(1, differences.size());
        TableDifferences table = differences.get(0);
        assertEquals("progress_report", table.table());
        assertEquals(
                "1 row(s) of the live schema not in the rebuild, 1 row(s) of the rebuild not in the live schema",
                table.summary());
        assertEquals(
                List.of("changed          [id=00000000-0000-0000-0000-000000000001]  value: live=1台 rebuilt=9台"),
                table.lines());
    }

    @Test
    void rowsOnlyOneSideHasAreListedAsSuch() throws Exception {
        sql(
                "DELETE FROM rebuilt.current_status",
                "INSERT INTO rebuilt.progress_report (id, value) VALUES ('00000000-0000-0000-0000-000000000003', "
                        + "'ACHIEVED')");

        List<TableDifferences> differences = compare();

        assertEquals(
                List.of("current_status", "progress_report"),
                differences.stream().map(TableDifferences::table).toList());
        assertEquals(
                List.of("only in live     [subject=project subject_id=7]  status=ON_TRACK"),
                differences.get(0).lines());
        assertTrue(differences
                .get(1)
                .lines()
                .get(0)
                .startsWith("only in rebuild  [id=00000000-0000-0000-0000-000000000003]  value=ACHIEVED"));
    }

    @Test
    void aTableMissingOnOneSideIsADifference() throws Exception {
        sql("CREATE TABLE live.report_snapshot (id INT PRIMARY KEY)");

        List<TableDifferences> differences = compare();

        assertEquals(1, differences.size());
        assertEquals(
                "report_snapshot: table missing in the rebuild",
                differences.get(0).describe());
    }

    private static List<TableDifferences> compare() throws Exception {
        try (Connection c = postgres.connect("monitoring")) {
            return new SchemaComparison(c).compare("live", "rebuilt");
        }
    }

    private static void sql(String... statements) throws Exception {
        try (Connection c = postgres.connect("monitoring");
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
