package org.jixiao.monitoring.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.rules.AnswerBand;
import org.jixiao.monitoring.rules.AssessmentChecks;
import org.jixiao.monitoring.rules.Report;
import org.jixiao.monitoring.rules.Reports;
import org.jixiao.targets.TargetKind;

/**
 * Checks a score assessment against monitoring's read model: the indicator exists, its latest answer (as of today,
 * within the project period) is qualitative, and the share lies in that answer's band.
 */
@ApplicationScoped
public class AssessmentValidator {
    private final Clock clock;

    AssessmentValidator(Clock clock) {
        this.clock = clock;
    }

    /** The indicator being assessed or withdrawn; 404 if unknown. */
    public MonIndicator indicator(long indicatorId) {
        MonIndicator indicator = MonIndicator.findById(indicatorId);
        if (indicator == null) {
            throw ProblemException.notFound("indicator " + indicatorId + " is not known");
        }
        return indicator;
    }

    /** Throws a 422 naming the field unless the assessment fits the indicator's latest answer. */
    public void validate(MonIndicator indicator, AssessmentRequest request) {
        if (request == null || request.share() == null) {
            throw ProblemException.invalid("share", "is required (a number from 0 to 1)");
        }
        AssessmentChecks.refusal(request.share(), request.reason()).ifPresent(refusal -> {
            throw ProblemException.invalid(refusal.field(), refusal.message());
        });
        if (indicator.target.kind() == TargetKind.DEADLINE) {
            throw ProblemException.invalid(
                    "share", "a deadline earns by the day it was done (on time, or late), not by assessment");
        }
        String answer = latestAnswer(indicator);
        AnswerBand band = AnswerBand.of(answer)
                .orElseThrow(() -> ProblemException.invalid(
                        "share",
                        answer == null
                                ? "nothing is reported on the indicator yet: only a qualitative answer can be assessed"
                                : "the latest report is a number, which earns by how far it reached the target;"
                                        + " only a qualitative answer can be assessed"));
        if (!band.contains(request.share())) {
            throw ProblemException.invalid(
                    "share", "must lie in the band of the latest answer " + answer + ": " + band.describe());
        }
    }

    private String latestAnswer(MonIndicator indicator) {
        MonProject project = MonProject.findById(indicator.projectId);
        List<Report> reports = ProgressReport.<ProgressReport>list("indicatorId", indicator.id).stream()
                .map(ProgressReport::toReport)
                .toList();
        Report latest = Reports.latestEffective(reports, project.period().clamp(LocalDate.now(clock)));
        return latest == null ? null : latest.value();
    }
}
