package org.jixiao.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.Topics;
import org.jixiao.project.projects.Project;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * Forged commands on {@code project-commands} from indicator-service's login, the one principal allowed to write it
 * (docs/security.md, "Kafka"): an unknown command is dead-lettered, an import with content REST would refuse is
 * answered as refused, naming the fields; neither registers anything.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "project"))
class ForgedCommandsIT {

    @Test
    void anUnknownCommandIsDeadLetteredAndRegistersNothing() {
        long before = projects();
        UUID forged = UUID.randomUUID();
        write("import:" + forged, TopicWriter.envelope(forged, "DeleteAllProjects", "{\"importId\":\"x\"}"));

        assertThat(TopicReader.deadLetterReason(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_COMMANDS, forged))
                .contains("unknown command DeleteAllProjects");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void anImportWithContentRestWouldRefuseIsAnsweredAsRefusedAndRegistersNothing() {
        long before = projects();
        String importId = UUID.randomUUID().toString();
        String name = "伪造项目" + importId.substring(0, 8);
        write("import:" + importId, TopicWriter.envelope("ImportProjectsRequested", """
                {"importId":"%s","projects":[{"table":1,"unitCode":"573301","unitName":"单位","fiscalYear":2025,
                 "name":"%s","budget":{"total":100,"fiscal":60,"other":10},"purpose":"p","goals":[]}]}""".formatted(importId, name)));

        try (TopicReader answers = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_EVENTS)) {
            ConsumerRecord<String, String> answer =
                    answers.await(r -> ("import:" + importId).equals(r.key()), Duration.ofSeconds(30));
            assertThat(TopicReader.json(answer).at("/data/accepted").asBoolean())
                    .isFalse();
            assertThat(TopicReader.json(answer).at("/data/errors/0").asText())
                    .contains("table 1: budget fiscal (60) + other (10) must equal total (100)");
        }
        assertThat(projects()).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Project.count("name", name)))
                .isZero();
    }

    private static void write(String key, String envelope) {
        TopicWriter.send(
                PostgresKafkaResource.kafkaClientAs("indicator-service"), Topics.PROJECT_COMMANDS, key, envelope);
    }

    private static long projects() {
        return QuarkusTransaction.requiringNew().call(() -> Project.count());
    }
}
