package org.jixiao.monitoring.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.jixiao.kit.config.KafkaConnection;

/**
 * {@code jixiao_consumer_lag_records{topic, group}}: how many records of each consumed topic wait for this service
 * (committed offsets, so it includes records being processed right now). Sampled from Kafka's offsets.
 */
@Startup
@ApplicationScoped
public class ConsumerLagGauges {

    private static final Logger LOG = Logger.getLogger(ConsumerLagGauges.class);

    private final Map<ConsumedTopic, LatestSample> lag = new LinkedHashMap<>();
    private final ConsumerLagReader reader;
    // Warned about once per outage; a service that starts next to a Kafka still electing its group coordinator
    // only logs at debug until the first sample succeeded.
    private volatile boolean sampledBefore;
    private volatile boolean failing;

    ConsumerLagGauges(MeterRegistry registry, MetricsConfig metrics, Config config, KafkaConnection connection) {
        String application = config.getValue("quarkus.application.name", String.class);
        List<ConsumedTopic> topics = ConsumedTopic.fromConfig(
                config.getPropertyNames(), name -> config.getOptionalValue(name, String.class), application);
        for (ConsumedTopic consumed : topics) {
            LatestSample sample = new LatestSample();
            Gauge.builder("jixiao.consumer.lag", sample, LatestSample::get)
                    .description("Records of the topic not yet consumed (committed) by the group")
                    .baseUnit("records")
                    .tags("topic", consumed.topic(), "group", consumed.group())
                    .strongReference(true)
                    .register(registry);
            lag.put(consumed, sample);
        }
        this.reader =
                new ConsumerLagReader(connection.settings(), application + "-lag-metrics", metrics.kafkaTimeout());
    }

    @Scheduled(
            every = "${jixiao.metrics.sample-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sample() {
        Map<String, List<ConsumedTopic>> byGroup =
                lag.keySet().stream().collect(Collectors.groupingBy(ConsumedTopic::group));
        boolean failed = false;
        for (Map.Entry<String, List<ConsumedTopic>> group : byGroup.entrySet()) {
            List<ConsumedTopic> consumed = group.getValue();
            try {
                Map<String, Long> perTopic = reader.lag(
                        group.getKey(),
                        consumed.stream().map(ConsumedTopic::topic).toList());
                consumed.forEach(c -> lag.get(c).set(perTopic.getOrDefault(c.topic(), 0L)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failed = true;
                consumed.forEach(c -> lag.get(c).unknown());
                // Once per outage, not at every sample: consumption itself reports Kafka being away.
                if (sampledBefore && !failing) {
                    LOG.warnf("consumer lag of group %s unknown until Kafka answers: %s", group.getKey(), e);
                } else {
                    LOG.debugf("consumer lag of group %s unknown: %s", group.getKey(), e);
                }
            }
        }
        failing = failed;
        sampledBefore |= !failed;
    }

    @PreDestroy
    void close() {
        reader.close();
    }
}
