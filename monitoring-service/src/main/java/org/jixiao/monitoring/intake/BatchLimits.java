package org.jixiao.monitoring.intake;

import java.util.List;
import java.util.Map;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.web.ProblemTitles;

/** The batch rules every format shares: not empty, not more than the configured number of reports. */
final class BatchLimits {
    private BatchLimits() {}

    /** Called as rows are read, so an oversized file is refused without reading it all. */
    static void checkCount(int reports, int maxRows) {
        if (reports > maxRows) {
            throw new ProblemException(
                    413,
                    ProblemTitles.PAYLOAD_TOO_LARGE,
                    "the batch has more than " + maxRows + " reports; split it (jixiao.progress.batch.max-rows)",
                    List.of(),
                    Map.of());
        }
    }

    static void checkNotEmpty(List<BatchRow> rows) {
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "the batch holds no reports");
        }
    }
}
