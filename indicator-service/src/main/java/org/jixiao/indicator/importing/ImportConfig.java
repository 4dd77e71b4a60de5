package org.jixiao.indicator.importing;

import io.quarkus.runtime.configuration.MemorySize;
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

    /** Most indicator rows one file may hold (a workbook's sheet rows); more is a 413, found while reading. */
    @WithDefault("10000")
    int maxRows();

    /**
     * Least ratio of packed to unpacked size of a part of a DOCX or XLSX (zip) file: 0.01 refuses a part that
     * expands more than 100 times (checked once a part has unpacked past a small grace size).
     */
    @WithDefault("0.01")
    double minInflateRatio();

    /**
     * Largest unpacked part of a DOCX or XLSX file (the sheet, the document text, the shared strings). A sheet of
     * 10,000 rows in the template's layout is about 5 MB.
     */
    @WithDefault("16M")
    MemorySize maxEntrySize();

    /** Most characters of text POI extracts from one file. */
    @WithDefault("4000000")
    long maxTextSize();
}
