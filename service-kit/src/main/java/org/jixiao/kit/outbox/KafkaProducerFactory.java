package org.jixiao.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.kit.config.KafkaConnection;
import org.jixiao.kit.config.KafkaProducerConfig;
import org.jixiao.kit.config.ProducerSettings;

/** The producer the outbox relay and the progress intake write with, configured by {@link KafkaProducerConfig}. */
@ApplicationScoped
public class KafkaProducerFactory {

    @Produces
    @ApplicationScoped
    Producer<String, String> producer(
            KafkaProducerConfig config,
            KafkaConnection connection,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        return new KafkaProducer<>(ProducerSettings.of(config, connection, application + "-producer"));
    }

    void close(@Disposes Producer<String, String> producer) {
        producer.close();
    }
}
