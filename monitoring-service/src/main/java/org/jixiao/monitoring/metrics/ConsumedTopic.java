package org.jixiao.monitoring.metrics;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topic this service consumes and the consumer group it does so in, read from the messaging channels'
 * configuration, so a channel added later is measured without touching this package.
 */
record ConsumedTopic(String topic, String group) {

    private static final Pattern CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final String KAFKA_CONNECTOR = "smallrye-kafka";

    /**
     * @param propertyNames every configured property name
     * @param value the value of a property, if set
     * @param applicationName the group SmallRye Kafka falls back to when a channel names none
     */
    static List<ConsumedTopic> fromConfig(
            Iterable<String> propertyNames, Function<String, Optional<String>> value, String applicationName) {
        // Keyed by topic and group, so two channels reading one topic in one group are measured once.
        TreeMap<String, ConsumedTopic> found = new TreeMap<>();
        for (String name : propertyNames) {
            Matcher channel = CONNECTOR.matcher(name);
            if (!channel.matches()
                    || !value.apply(name).map(KAFKA_CONNECTOR::equals).orElse(false)) {
                continue;
            }
            String prefix = "mp.messaging.incoming." + channel.group(1) + ".";
            String topic = value.apply(prefix + "topic").orElse(channel.group(1));
            String group = value.apply(prefix + "group.id")
                    .or(() -> value.apply("kafka.group.id"))
                    .orElse(applicationName);
            found.putIfAbsent(topic + "\u0000" + group, new ConsumedTopic(topic, group));
        }
        return List.copyOf(found.values());
    }
}
