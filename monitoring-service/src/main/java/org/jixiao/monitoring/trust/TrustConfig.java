package org.jixiao.monitoring.trust;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;

/** Who may put reports on {@code progress-events} besides monitoring's own API (docs/security.md, "Kafka"). */
@ConfigMapping(prefix = "jixiao.reports")
public interface TrustConfig {

    /**
     * The secret monitoring's intake signs its records with (at least 32 characters; every instance and every rebuild
     * of one deployment needs the same one). No default outside the dev and test profiles.
     */
    String signingKey();

    /**
     * The unit codes an outside reporting system (the Kafka principal {@code reporter}) may report for by writing to
     * the topic directly. None by default: then only reports that came through the API are stored.
     */
    Optional<Set<String>> outsideUnits();
}
