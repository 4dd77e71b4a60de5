package org.jixiao.indicator.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jixiao.targets.table.TargetTable;

/** One import of a file of target tables, from request to completion (or rejection by project-service). */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    public static final String PENDING = "PENDING";
    public static final String COMPLETED = "COMPLETED";
    public static final String REJECTED = "REJECTED";

    /** SHA-256 of the file and the fiscal year it was read with. */
    @Id
    public String id;

    @Column(nullable = false)
    public String status;

    /** The file as read; never updated, so completing a job does not rewrite (or dirty-check) every row. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<TargetTable> tables;

    /** The fiscal year of each table, in table order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fiscal_years", nullable = false, updatable = false)
    public List<Integer> fiscalYears;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ImportedTable> summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> errors;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The summary of an import without reading its tables. */
    static List<ImportedTable> summary(String id) {
        return getEntityManager()
                .createQuery("select summary from ImportJob where id = :id", List.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /** The status of an import without reading its tables, or null when there is no such import. */
    static String status(String id) {
        return getEntityManager()
                .createQuery("select status from ImportJob where id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
