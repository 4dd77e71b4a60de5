package org.jixiao.project.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.contracts.Topics;
import org.jixiao.contracts.events.EventEnvelope;
import org.jixiao.contracts.events.EventTypes;
import org.jixiao.contracts.events.ImportProjectsRequested;
import org.jixiao.kit.inbox.EventIntake;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.project.service.ImportRegistration;

/** Takes the import saga's requests from {@code project-commands}; each is processed once. */
@ApplicationScoped
public class ImportCommandsConsumer {
    private final EventIntake intake;
    private final ObjectMapper json;
    private final ImportRegistration registration;

    ImportCommandsConsumer(EventIntake intake, ObjectMapper json, ImportRegistration registration) {
        this.intake = intake;
        this.json = json;
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
        try {
            ImportProjectsRequested request = json.treeToValue(command.data(), ImportProjectsRequested.class);
            if (request.importId() == null || request.projects() == null) {
                throw new PoisonMessageException("ImportProjectsRequested lacks importId or projects");
            }
            registration.register(request);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PoisonMessageException("ImportProjectsRequested is malformed: " + e.getMessage(), e);
        }
    }
}
