package org.jixiao.project.units;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A budget unit (预算单位), identified by its code such as {@code 573301}. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
