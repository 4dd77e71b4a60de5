package org.jixiao.monitoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsumedTopicTest {

    private static java.util.List<ConsumedTopic> read(Map<String, String> config) {
        return ConsumedTopic.fromConfig(config.keySet(), name -> Optional.ofNullable(config.get(name)), "the-app");
    }

    @Test
    void findsEachKafkaChannelsTopicAndGroup() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.messaging.incoming.progress-events.connector", "smallrye-kafka");
        config.put("mp.messaging.incoming.progress-events.topic", "progress-events");
        config.put("mp.messaging.incoming.progress-events.group.id", "monitoring-service");
        config.put("mp.messaging.incoming.project-events.connector", "smallrye-kafka");
        config.put("mp.messaging.incoming.project-events.topic", "project-events");
        config.put("mp.messaging.incoming.project-events.group.id", "monitoring-service");
        config.put("mp.messaging.outgoing.status.connector", "smallrye-kafka");
        config.put("mp.messaging.outgoing.status.topic", "status-events");

        assertThat(read(config))
                .containsExactly(
                        new ConsumedTopic("progress-events", "monitoring-service"),
                        new ConsumedTopic("project-events", "monitoring-service"));
    }

    @Test
    void topicDefaultsToTheChannelNameAndGroupToKafkaGroupIdThenTheApplication() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.messaging.incoming.audit.connector", "smallrye-kafka");
        assertThat(read(config)).containsExactly(new ConsumedTopic("audit", "the-app"));

        config.put("kafka.group.id", "shared");
        assertThat(read(config)).containsExactly(new ConsumedTopic("audit", "shared"));
    }

    @Test
    void ignoresChannelsOfOtherConnectorsAndMeasuresATopicOncePerGroup() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.messaging.incoming.memory.connector", "smallrye-in-memory");
        config.put("mp.messaging.incoming.a.connector", "smallrye-kafka");
        config.put("mp.messaging.incoming.a.topic", "t");
        config.put("mp.messaging.incoming.b.connector", "smallrye-kafka");
        config.put("mp.messaging.incoming.b.topic", "t");

        assertThat(read(config)).containsExactly(new ConsumedTopic("t", "the-app"));
    }
}
