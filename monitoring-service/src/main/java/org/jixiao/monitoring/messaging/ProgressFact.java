package org.jixiao.monitoring.messaging;

import java.time.Instant;
import java.util.UUID;
import org.jixiao.events.ScoreAssessed;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ReportRow;

/** What one {@code progress-events} record brings: a progress report, or an admin's assessment of a score. */
sealed interface ProgressFact permits ProgressFact.Reported, ProgressFact.Assessed {
    long projectId();

    record Reported(ReportRow report) implements ProgressFact {
        @Override
        public long projectId() {
            return report.projectId();
        }
    }

    /** The assessment, the indicator it is about (as loaded by the check), its event id and when it was made. */
    record Assessed(ScoreAssessed assessment, MonIndicator indicator, UUID eventId, Instant at)
            implements ProgressFact {
        @Override
        public long projectId() {
            return indicator.projectId;
        }
    }
}
