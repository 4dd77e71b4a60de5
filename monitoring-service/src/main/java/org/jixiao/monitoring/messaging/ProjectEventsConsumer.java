package org.jixiao.monitoring.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.BudgetExecutionRecorded;
import org.jixiao.events.Cause;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProjectRegistered;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.events.Topics;
import org.jixiao.kit.inbox.EventData;
import org.jixiao.kit.inbox.EventIntake;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.monitoring.readmodel.BudgetExecutions;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.status.PendingRefreshes;

/** Keeps monitoring's copy of projects and budget execution; spending can change a project's warning. */
@ApplicationScoped
public class ProjectEventsConsumer {
    private final EventIntake intake;
    private final EventData data;
    private final BudgetExecutions executions;
    private final Reevaluation reevaluation;
    private final PendingRefreshes refreshes;

    ProjectEventsConsumer(
            EventIntake intake,
            EventData data,
            BudgetExecutions executions,
            Reevaluation reevaluation,
            PendingRefreshes refreshes) {
        this.intake = intake;
        this.data = data;
        this.executions = executions;
        this.reevaluation = reevaluation;
        this.refreshes = refreshes;
    }

    @Incoming("project-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.process(Topics.PROJECT_EVENTS, record.value(), this::apply);
    }

    private void apply(EventEnvelope<JsonNode> event) {
        switch (event.eventType()) {
            case EventTypes.PROJECT_REGISTERED, EventTypes.PROJECT_UPDATED -> {
                ProjectRegistered registered = data.read(event.data(), ProjectRegistered.class);
                register(registered);
                // Topics are consumed independently: the project's targets may have arrived before the project.
                refreshes.request(
                        registered.projectId(),
                        EventTypes.PROJECT_UPDATED.equals(event.eventType())
                                ? Cause.PROJECT_UPDATED
                                : Cause.PROJECT_REGISTERED,
                        event.eventId());
            }
            case EventTypes.BUDGET_EXECUTION_RECORDED -> {
                BudgetExecutionRecorded execution = data.read(event.data(), BudgetExecutionRecorded.class);
                if (execution.asOf() == null || execution.spent() == null) {
                    throw new PoisonMessageException("BudgetExecutionRecorded lacks asOf or spent");
                }
                executions.record(execution);
                reevaluation.after(
                        execution.projectId(), new Reason(Cause.BUDGET_EXECUTION, event.eventId(), execution.asOf()));
            }
            default -> {
                // UnitRegistered and future types carry nothing monitoring needs.
            }
        }
    }

    private static void register(ProjectRegistered registered) {
        if (registered.unitCode() == null
                || registered.budget() == null
                || registered.periodStart() == null
                || registered.periodEnd() == null) {
            throw new PoisonMessageException("ProjectRegistered lacks unitCode, budget or period");
        }
        MonProject project = MonProject.findById(registered.projectId());
        if (project == null) {
            project = new MonProject();
            project.id = registered.projectId();
        }
        project.unitCode = registered.unitCode();
        project.fiscalYear = registered.fiscalYear();
        project.name = registered.name();
        project.budgetTotal = registered.budget().total();
        project.periodStart = registered.periodStart();
        project.periodEnd = registered.periodEnd();
        project.persist();
    }
}
