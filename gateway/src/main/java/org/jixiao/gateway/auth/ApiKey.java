package org.jixiao.gateway.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An API key as stored: its hash, role and unit codes, never the secret itself. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "secret_hash")
    public String secretHash;

    public String role;

    /** Comma-separated; only {@code unit} keys have any. */
    @Column(name = "unit_codes")
    public String unitCodes;

    public String label;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The operator's JIXIAO_ADMIN_KEY: revoked when another one is named. */
    @Column(name = "from_environment")
    public boolean fromEnvironment;

    public List<String> unitCodeList() {
        return unitCodes == null || unitCodes.isBlank() ? List.of() : Arrays.asList(unitCodes.split(","));
    }

    public static ApiKey findActiveBySecret(String secret) {
        return find("secretHash = ?1 and revokedAt is null", KeySecrets.hash(secret))
                .firstResult();
    }
}
