package org.jixiao.monitoring.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.BudgetExecutionRecorded;
import org.jixiao.events.Cause;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProjectRegistered;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.events.Topics;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.monitoring.readmodel.BudgetExecutions;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ReadModelRows;
import org.jixiao.monitoring.status.PendingRefreshes;

/**
 * Keeps monitoring's copy of projects and budget execution, a polled batch at a time; spending can change a
 * project's warning, so the projects whose spending changed are re-evaluated once per batch.
 */
@ApplicationScoped
public class ProjectEventsConsumer implements BatchHandler<Object> {
    private final BatchIntake intake;
    private final BudgetExecutions executions;
    private final Reevaluation reevaluation;
    private final PendingRefreshes refreshes;
    private final ReadModelRows readModel;

    ProjectEventsConsumer(
            BatchIntake intake,
            BudgetExecutions executions,
            Reevaluation reevaluation,
            PendingRefreshes refreshes,
            ReadModelRows readModel) {
        this.intake = intake;
        this.executions = executions;
        this.reevaluation = reevaluation;
        this.refreshes = refreshes;
        this.readModel = readModel;
    }

    @Incoming("project-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        intake.process(Topics.PROJECT_EVENTS, records, this);
    }

    @Override
    public Map<String, Class<?>> dataTypes() {
        return Map.of(
                EventTypes.PROJECT_REGISTERED, ProjectRegistered.class,
                EventTypes.PROJECT_UPDATED, ProjectRegistered.class,
                EventTypes.BUDGET_EXECUTION_RECORDED, BudgetExecutionRecorded.class);
    }

    /** A registration or update, a budget execution, or (null) a type that carries nothing monitoring needs. */
    @Override
    public Checked<Object> check(List<Consumed> batch) {
        Checked<Object> checked = new Checked<>();
        List<Consumed> readable = new ArrayList<>(batch.size());
        List<Object> read = new ArrayList<>(batch.size());
        for (Consumed consumed : batch) {
            try {
                read.add(read(consumed));
                readable.add(consumed);
            } catch (PoisonMessageException e) {
                checked.reject(consumed, e.getMessage());
            }
        }
        AnnouncementChecks announcements = AnnouncementChecks.forProjects(
                readModel,
                read.stream()
                        .filter(ProjectRegistered.class::isInstance)
                        .map(r -> ((ProjectRegistered) r).projectId())
                        .distinct()
                        .toList());
        for (int i = 0; i < readable.size(); i++) {
            Object event = read.get(i);
            Optional<String> refused = event instanceof ProjectRegistered registered
                    ? announcements.refusal(registered)
                    : Optional.empty();
            if (refused.isPresent()) {
                checked.reject(readable.get(i), refused.get());
            } else {
                checked.accept(readable.get(i), event);
            }
        }
        return checked;
    }

    private Object read(Consumed consumed) {
        switch (consumed.event().eventType()) {
            case EventTypes.PROJECT_REGISTERED, EventTypes.PROJECT_UPDATED -> {
                ProjectRegistered registered =
                        (ProjectRegistered) consumed.event().data();
                if (registered.unitCode() == null
                        || registered.budget() == null
                        || registered.periodStart() == null
                        || registered.periodEnd() == null) {
                    throw new PoisonMessageException("ProjectRegistered lacks unitCode, budget or period");
                }
                return registered;
            }
            case EventTypes.BUDGET_EXECUTION_RECORDED -> {
                BudgetExecutionRecorded execution =
                        (BudgetExecutionRecorded) consumed.event().data();
                if (execution.asOf() == null || execution.spent() == null) {
                    throw new PoisonMessageException("BudgetExecutionRecorded lacks asOf or spent");
                }
                return execution;
            }
            default -> {
                // UnitRegistered and future types carry nothing monitoring needs.
                return null;
            }
        }
    }

    @Override
    public void apply(List<Checked.Item<Object>> fresh) {
        Map<Long, MonProject> known = new HashMap<>();
        List<Long> registeredIds = fresh.stream()
                .filter(item -> item.data() instanceof ProjectRegistered)
                .map(item -> ((ProjectRegistered) item.data()).projectId())
                .distinct()
                .toList();
        if (!registeredIds.isEmpty()) {
            MonProject.<MonProject>list("id in ?1", registeredIds).forEach(p -> known.put(p.id, p));
        }
        List<BudgetExecutionRecorded> spending = new ArrayList<>();
        Map<Long, Reason> spent = new LinkedHashMap<>();
        for (Checked.Item<Object> item : fresh) {
            if (item.data() instanceof ProjectRegistered registered) {
                register(registered, known);
                // Topics are consumed independently: the project's targets may have arrived before the project.
                refreshes.request(
                        registered.projectId(),
                        EventTypes.PROJECT_UPDATED.equals(
                                        item.consumed().event().eventType())
                                ? Cause.PROJECT_UPDATED
                                : Cause.PROJECT_REGISTERED,
                        item.consumed().event().eventId());
            } else if (item.data() instanceof BudgetExecutionRecorded execution) {
                spending.add(execution);
                spent.put(
                        execution.projectId(),
                        new Reason(
                                Cause.BUDGET_EXECUTION, item.consumed().event().eventId(), execution.asOf()));
            }
        }
        executions.record(spending);
        reevaluation.after(spent);
    }

    private static void register(ProjectRegistered registered, Map<Long, MonProject> known) {
        MonProject project = known.get(registered.projectId());
        boolean created = project == null;
        if (created) {
            project = new MonProject();
            project.id = registered.projectId();
            known.put(project.id, project);
        }
        project.unitCode = registered.unitCode();
        project.fiscalYear = registered.fiscalYear();
        project.name = registered.name();
        project.budgetTotal = registered.budget().total();
        project.periodStart = registered.periodStart();
        project.periodEnd = registered.periodEnd();
        if (created) {
            project.persist();
        }
    }
}
