package org.jixiao.indicator.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of {@code POST /api/imports}. */
@ConfigMapping(prefix = "jixiao.import")
public interface ImportConfig {

    /** How long the request waits for the saga to finish before answering 202 with a Location to poll. */
    @WithName("wait")
    @WithDefault("PT30S")
    Duration waitFor();

    /**
     * How many indicators the import writes per flush: their rows go to the database in JDBC batches and then leave
     * the persistence context, so a table of 10,000 rows costs about as much per row as one of 100.
     */
    @WithDefault("500")
    int batchSize();
}
