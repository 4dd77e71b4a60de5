package org.jixiao.indicator.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ImportProjectsResolved;
import org.jixiao.events.ProjectRegistered;
import org.jixiao.events.Topics;
import org.jixiao.indicator.domain.KnownProject;
import org.jixiao.indicator.importing.ImportCompletion;
import org.jixiao.kit.inbox.EventData;
import org.jixiao.kit.inbox.EventIntake;
import org.jixiao.kit.inbox.PoisonMessageException;

/** Learns which projects exist from {@code project-events}; other event types on the topic are not its concern. */
@ApplicationScoped
public class ProjectEventsConsumer {
    private final EventIntake intake;
    private final EventData data;
    private final ImportCompletion completion;

    ProjectEventsConsumer(EventIntake intake, EventData data, ImportCompletion completion) {
        this.intake = intake;
        this.data = data;
        this.completion = completion;
    }

    @Incoming("project-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.process(Topics.PROJECT_EVENTS, record.value(), this::apply);
    }

    private void apply(EventEnvelope<JsonNode> event) {
        if (EventTypes.IMPORT_PROJECTS_RESOLVED.equals(event.eventType())) {
            completion.complete(data.read(event.data(), ImportProjectsResolved.class));
            return;
        }
        if (!EventTypes.PROJECT_REGISTERED.equals(event.eventType())
                && !EventTypes.PROJECT_UPDATED.equals(event.eventType())) {
            return;
        }
        ProjectRegistered data = read(event.data());
        KnownProject project = KnownProject.findById(data.projectId());
        if (project == null) {
            project = new KnownProject();
            project.id = data.projectId();
        }
        project.unitCode = data.unitCode();
        project.fiscalYear = data.fiscalYear();
        project.name = data.name();
        project.periodStart = data.periodStart();
        project.periodEnd = data.periodEnd();
        project.persist();
    }

    private ProjectRegistered read(JsonNode payload) {
        ProjectRegistered project = data.read(payload, ProjectRegistered.class);
        if (project.unitCode() == null || project.periodStart() == null || project.periodEnd() == null) {
            throw new PoisonMessageException("ProjectRegistered lacks unitCode or period");
        }
        return project;
    }
}
