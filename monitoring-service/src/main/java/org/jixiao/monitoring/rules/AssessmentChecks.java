package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.web.Problem;

/**
 * What every score assessment must be, however it arrives (REST or straight onto {@code progress-events}): a share
 * between 0 and 1 with at most four decimals and a reason, or no share at all (a withdrawal). Whether the share lies in
 * the band of the indicator's answer is checked when it is made and again whenever the score is computed.
 */
public final class AssessmentChecks {
    /** The longest reason kept, as for a report's reasons. */
    public static final int REASON_LENGTH = 2_000;

    private AssessmentChecks() {}

    /** Why the assessment can never apply, and in which field; empty when it can. */
    public static Optional<Problem.Violation> refusal(BigDecimal share, String reason) {
        if (share == null) {
            return Optional.empty();
        }
        if (share.signum() < 0
                || share.compareTo(BigDecimal.ONE) > 0
                || share.stripTrailingZeros().scale() > 4) {
            return Optional.of(
                    new Problem.Violation("share", "must be a number from 0 to 1 with at most four decimals"));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(
                    new Problem.Violation("reason", "is required: say why the score differs from the band's default"));
        }
        int length = reason.codePointCount(0, reason.length());
        if (length > REASON_LENGTH) {
            return Optional.of(
                    new Problem.Violation("reason", "has " + length + " characters; at most " + REASON_LENGTH));
        }
        return Optional.empty();
    }
}
