package org.jixiao.project.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ImportProjectsRequested;
import org.jixiao.events.Topics;
import org.jixiao.kit.inbox.EventData;
import org.jixiao.kit.inbox.EventIntake;
import org.jixiao.kit.inbox.PoisonMessageException;

/** Takes the import saga's requests from {@code project-commands}; each is processed once. */
@ApplicationScoped
public class ImportCommandsConsumer {
    private final EventIntake intake;
    private final EventData data;
    private final ImportRegistration registration;

    ImportCommandsConsumer(EventIntake intake, EventData data, ImportRegistration registration) {
        this.intake = intake;
        this.data = data;
        this.registration = registration;
    }

    @Incoming("project-commands")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.process(Topics.PROJECT_COMMANDS, record.value(), this::apply);
    }

    private void apply(EventEnvelope<JsonNode> command) {
        if (!EventTypes.IMPORT_PROJECTS_REQUESTED.equals(command.eventType())) {
            throw new PoisonMessageException("unknown command " + command.eventType());
        }
        ImportProjectsRequested request = data.read(command.data(), ImportProjectsRequested.class);
        if (request.importId() == null || request.projects() == null) {
            throw new PoisonMessageException("ImportProjectsRequested lacks importId or projects");
        }
        registration.register(request);
    }
}
