package org.jixiao.indicator.projects.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProjectRegistered;
import org.jixiao.events.Topics;
import org.jixiao.indicator.importing.messaging.ImportAnswers;
import org.jixiao.indicator.projects.KnownProjects;
import org.jixiao.kit.inbox.EventData;
import org.jixiao.kit.inbox.EventIntake;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.kit.inbox.ProjectAnnouncements;

/**
 * Reads {@code project-events}: registered and updated projects feed the known projects; project-service's answer
 * to an import goes to the import saga. Other event types on the topic are not this service's concern.
 */
@ApplicationScoped
public class ProjectEventsConsumer {
    private final EventIntake intake;
    private final EventData data;
    private final KnownProjects projects;
    private final ImportAnswers imports;

    ProjectEventsConsumer(EventIntake intake, EventData data, KnownProjects projects, ImportAnswers imports) {
        this.intake = intake;
        this.data = data;
        this.projects = projects;
        this.imports = imports;
    }

    @Incoming("project-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.process(Topics.PROJECT_EVENTS, record.value(), this::apply);
    }

    private void apply(EventEnvelope<JsonNode> event) {
        switch (event.eventType()) {
            case EventTypes.IMPORT_PROJECTS_RESOLVED -> imports.resolved(event.data());
            case EventTypes.PROJECT_REGISTERED, EventTypes.PROJECT_UPDATED -> projects.learn(announced(event.data()));
            default -> {
                // not this service's concern
            }
        }
    }

    private KnownProjects.Announced announced(JsonNode payload) {
        ProjectRegistered project = data.read(payload, ProjectRegistered.class);
        if (project.unitCode() == null || project.periodStart() == null || project.periodEnd() == null) {
            throw new PoisonMessageException("ProjectRegistered lacks unitCode or period");
        }
        // What the API would refuse is refused here too: topics keep text forever (docs/security.md, "Kafka").
        PoisonMessageException.throwIfAny(ProjectAnnouncements.violations(project));
        return new KnownProjects.Announced(
                project.projectId(),
                project.unitCode(),
                project.fiscalYear(),
                project.name(),
                project.periodStart(),
                project.periodEnd());
    }
}
