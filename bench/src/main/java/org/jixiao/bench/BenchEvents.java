package org.jixiao.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jixiao.testinfra.KafkaLogins;

/**
 * The events {@link IngestBenchmark} writes to Kafka the way the other services and other systems do: 15 projects with
 * 7 indicators each, then progress reports on them. The ids are made unique to one run.
 */
final class BenchEvents {
    private static final Pattern JSON_EVENT_ID = Pattern.compile("\"eventId\":\"([0-9a-f-]{36})\"");
    static final int PROJECTS = 15;
    static final int INDICATORS_PER_PROJECT = 7;
    /** The indicator of each project whose target is qualitative (显著提高): it is answered with a grade. */
    static final int QUALITATIVE = 4;

    private static final String[][] TARGETS = {
        {"产出指标", "数量指标", "≥1000台", "GE", "1000", "台", "COUNT", "QUANTITY", "HIGHER_BETTER", "CUMULATIVE"},
        {"产出指标", "质量指标", "≥90%", "GE", "90", "%", "PERCENT", "RATE", "HIGHER_BETTER", "LEVEL"},
        {"产出指标", "时效指标", "≤4小时", "LE", "4", "小时", "TIME", "DURATION", "LOWER_BETTER", "LEVEL"},
        {"效益指标", "社会效益指标", "≥39万次", "GE", "39", "万次", "COUNT", "QUANTITY", "HIGHER_BETTER", "CUMULATIVE"},
        {"效益指标", "可持续影响指标", "显著提高", null, null, null, null, "QUALITATIVE", "HIGHER_BETTER", "LEVEL"},
        {"满意度指标", "服务对象满意度指标", "≥95%", "GE", "95", "%", "PERCENT", "RATE", "HIGHER_BETTER", "LEVEL"},
        {"产出指标", "数量指标", "≥17套", "GE", "17", "套", "COUNT", "QUANTITY", "HIGHER_BETTER", "CUMULATIVE"},
    };

    private final Map<String, Object> kafkaClient;
    private final long run;
    private final LocalDate today;

    /**
     * @param kafkaClient bootstrap servers and the stack's admin login: the benchmark announces its projects and
     *     indicators as the services would, and writes its reports unsigned, as an outside reporting system does (the
     *     stack must let outside reporters report for its units, {@link #UNITS})
     */
    BenchEvents(Map<String, Object> kafkaClient, long run, LocalDate today) {
        this.kafkaClient = kafkaClient;
        this.run = run;
        this.today = today;
    }

    /** The benchmark's five units (JIXIAO_REPORTS_OUTSIDE_UNITS of the stack it runs against). */
    static final List<String> UNITS = List.of("970000", "970001", "970002", "970003", "970004");

    static String unitOf(int p) {
        return UNITS.get(p % UNITS.size());
    }

    long projectId(int p) {
        return 8_000_000_000L + run * 100 + p;
    }

    long indicatorId(int p, int k) {
        return projectId(p) * 10 + k;
    }

    /** Every project registered with a budget execution, and its indicators defined, as project- and indicator-service announce them. */
    List<ProducerRecord<String, String>> readModel() {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            String unit = unitOf(p);
            String key = Long.toString(projectId(p));
            records.add(new ProducerRecord<>("project-events", key, envelope("ProjectRegistered", """
                    {"projectId":%d,"unitCode":"%s","fiscalYear":%d,"name":"基准项目%d-%d",
                     "budget":{"total":100,"fiscal":100,"other":0},"purpose":"p","goals":[],
                     "periodStart":"%s","periodEnd":"%s","version":1}""".formatted(
                            projectId(p), unit, today.getYear(), run, p, today.minusDays(99), today.plusDays(100)))));
            records.add(new ProducerRecord<>("project-events", key, envelope("BudgetExecutionRecorded", """
                    {"projectId":%d,"unitCode":"%s","asOf":"%s","spent":%d}""".formatted(
                            projectId(p), unit, today.minusDays(5), 20 + p))));
            for (int k = 0; k < INDICATORS_PER_PROJECT; k++) {
                String[] t = TARGETS[k];
                records.add(new ProducerRecord<>("indicator-events", key, envelope("IndicatorDefined", """
                        {"indicatorId":%d,"projectId":%d,"unitCode":"%s","level1":"%s","level2":"%s","name":"指标%d",
                         "description":"d","target":{"raw":"%s","comparator":%s,"value":%s,"unit":%s,
                         "unitFamily":%s,"kind":"%s","direction":"%s","accumulation":"%s","deadline":null},
                         "weight":null,"milestones":[],"revision":1}""".formatted(
                                indicatorId(p, k),
                                projectId(p),
                                unit,
                                t[0],
                                t[1],
                                k,
                                t[2],
                                quoted(t[3]),
                                t[4],
                                quoted(t[5]),
                                quoted(t[6]),
                                t[7],
                                t[8],
                                t[9]))));
            }
        }
        return records;
    }

    /** {@code n} reports by {@code reporter}, spread over every indicator and the last 30 days. */
    List<ProducerRecord<String, String>> reports(int n, String reporter) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int p = i % PROJECTS;
            int k = (i / PROJECTS) % INDICATORS_PER_PROJECT;
            records.add(new ProducerRecord<>(
                    "progress-events", Long.toString(projectId(p)), envelope("ProgressReported", """
                    {"indicatorId":%d,"projectId":%d,"unitCode":"%s","asOf":"%s","value":"%s","reporter":"%s",
                     "likelihood":%s,"reportedAt":"%s"}""".formatted(
                                    indicatorId(p, k),
                                    projectId(p),
                                    unitOf(p),
                                    today.minusDays(i % 30),
                                    value(k, i),
                                    reporter,
                                    i % 50 == 0 ? "\"LIKELY\"" : "null",
                                    Instant.now()))));
        }
        return records;
    }

    /** A value in the unit of indicator {@code k}'s target (a grade for the qualitative one). */
    static String value(int k, int i) {
        return switch (k) {
            case 0 -> (i % 1200) + "台";
            case 1, 5 -> (60 + i % 40) + "%";
            case 2 -> (1 + i % 6) + "小时";
            case 3 -> (i % 50) + "万次";
            case QUALITATIVE ->
                List.of("ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED").get(i % 3);
            default -> (i % 20) + "套";
        };
    }

    /** Writes the records and waits until Kafka acknowledged every one. */
    void send(List<ProducerRecord<String, String>> records) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(Map.of()))) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            records.forEach(r -> acks.add(producer.send(r)));
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Writes the records in one Kafka transaction, as the batch endpoint publishes an uploaded file: monitoring reads
     * only committed records, so none of them is visible before the commit and all of them are after it.
     */
    void sendInOneTransaction(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                producerConfig(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-" + UUID.randomUUID())))) {
            producer.initTransactions();
            producer.beginTransaction();
            records.forEach(producer::send);
            producer.commitTransaction();
        }
    }

    private Map<String, Object> producerConfig(Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(kafkaClient);
        config.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName()));
        config.putAll(extra);
        return config;
    }

    /** The stack's super user, with the password the stack keeps in {@code <data>/keys}. */
    static Map<String, Object> adminClient(Path data, String kafkaPort) {
        return KafkaLogins.client("127.0.0.1:" + kafkaPort, data.resolve("keys"), KafkaLogins.ADMIN);
    }

    /** The event id of the last record of each key (project). */
    static String[] lastIdOfEachKey(List<ProducerRecord<String, String>> records) {
        Map<String, String> last = new LinkedHashMap<>();
        for (ProducerRecord<String, String> record : records) {
            last.put(
                    record.key(),
                    JSON_EVENT_ID
                            .matcher(record.value())
                            .results()
                            .findFirst()
                            .orElseThrow()
                            .group(1));
        }
        return last.values().toArray(String[]::new);
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static String envelope(String type, String data) {
        return """
                {"eventId":"%s","eventType":"%s","eventVersion":1,"occurredAt":"%s","source":"bench","data":%s}""".formatted(UUID.randomUUID(), type, Instant.now(), data.replace("\n", ""));
    }
}
