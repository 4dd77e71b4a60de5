package org.jixiao.stack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Starts PostgreSQL, Kafka and the topics, then the four services side by side, and stops whatever it started in
 * the reverse order. Not thread-safe on purpose: only the launcher's main thread starts and stops (see
 * {@link LocalStackMain} for how a signal reaches it).
 */
final class LocalStack {
    /** First start runs Flyway and warms up Hibernate on a cold JVM; two CPUs make that slow. */
    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(180);

    static final List<String> MODULES =
            List.of("project-service", "indicator-service", "monitoring-service", "gateway");

    private final StackOptions options;
    private final BooleanSupplier cancelled;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private EmbeddedPostgresServer postgres;
    private KafkaBroker kafka;
    private StackKeys keys;
    private DatabaseRoles roles;

    /** @param cancelled true once a signal asked to stop: checked between steps, so start-up ends early */
    LocalStack(StackOptions options, BooleanSupplier cancelled) {
        this.options = options;
        this.cancelled = cancelled;
    }

    void start() throws Exception {
        // Before anything starts: a missing build is the most common mistake and costs nothing to detect.
        for (String module : MODULES) {
            ServiceProcess.requireBuilt(options.repo(), module);
        }
        if (options.fresh()) {
            System.out.println("--fresh: deleting " + options.data());
            Infrastructure.deleteRecursively(options.data());
        }
        keys = StackKeys.prepare(options.data(), System.getenv());
        roles = DatabaseRoles.prepare(options.data().resolve("keys"), EmbeddedPostgresServer.DATABASES);
        long t0 = System.nanoTime();
        // Kafka's JVM needs seconds of CPU to boot and nothing from PostgreSQL, which mostly waits for pg_ctl: the
        // broker is launched first and awaited once PostgreSQL is up (docs/operations.md, "The local stack").
        kafka = Infrastructure.launchKafka(options.data(), options.kafkaPort(), options.controllerPort());
        started.push(kafka);
        postgres = EmbeddedPostgresServer.start(
                options.data().resolve("postgres"),
                options.pgPort(),
                options.logDir().resolve("postgres.log"));
        // Stopped after Kafka, as if started first: services, then Kafka, then PostgreSQL.
        started.remove(kafka);
        started.push(postgres);
        started.push(kafka);
        roles.apply(postgres, EmbeddedPostgresServer.DATABASES);
        checkpoint();
        step("PostgreSQL ready on port " + postgres.port(), t0);

        Infrastructure.finishKafka(kafka);
        checkpoint();
        KafkaClientFiles.write(options.data(), kafka.bootstrapServers(), kafka.principals());
        try (Admin admin = kafka.admin()) {
            List<String> created = TopicSetup.createMissing(admin);
            step(
                    "Kafka ready on port " + kafka.port()
                            + (created.isEmpty() ? "" : ", " + created.size() + " topics created"),
                    t0);
        }

        // No service needs another to boot, so all of them boot side by side; the gateway is awaited last because its
        // readiness includes its upstreams.
        t0 = System.nanoTime();
        List<ServiceProcess> backends = List.of(
                startService("project-service", "project", projectPort(), keys.serviceEnvironment()),
                startService("indicator-service", "indicator", indicatorPort(), keys.serviceEnvironment()),
                startService("monitoring-service", "monitoring", monitoringPort(), keys.monitoringEnvironment()));
        List<ServiceProcess> all = new java.util.ArrayList<>(backends);
        // Further monitoring instances join the first one's consumer groups and share the topics' partitions.
        for (int i = 2; i <= options.monitoringInstances(); i++) {
            all.add(startService(
                    "monitoring-service",
                    "monitoring-service-" + i,
                    "monitoring",
                    FreePorts.pick(),
                    keys.monitoringEnvironment()));
        }
        Map<String, String> gatewayEnv = new LinkedHashMap<>(upstreams());
        gatewayEnv.putAll(keys.gatewayEnvironment());
        all.add(startService("gateway", "gateway", options.gatewayPort(), gatewayEnv));
        for (ServiceProcess service : all) {
            checkpoint();
            service.awaitReady(SERVICE_READY_TIMEOUT);
            step(service.name() + " ready at " + service.baseUrl(), t0);
        }
    }

    /** Library code may swallow the interrupt a signal causes; this flag cannot be lost. */
    private void checkpoint() throws InterruptedException {
        if (cancelled.getAsBoolean()) {
            throw new InterruptedException("stop requested during start-up");
        }
    }

    private ServiceProcess startService(String module, String database, int port, Map<String, String> extra)
            throws Exception {
        return startService(module, module, database, port, extra);
    }

    private ServiceProcess startService(
            String module, String instance, String database, int port, Map<String, String> extra) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.putAll(roles.serviceEnvironment(database));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.putAll(kafka.principals().serviceEnvironment(module));
        env.putAll(extra);
        ServiceProcess service = ServiceProcess.start(module, instance, options.repo(), port, env, options.data());
        started.push(service);
        return service;
    }

    private Map<String, String> upstreams() {
        return Map.of(
                "JIXIAO_UPSTREAM_PROJECT_URL", "http://127.0.0.1:" + projectPort(),
                "JIXIAO_UPSTREAM_INDICATOR_URL", "http://127.0.0.1:" + indicatorPort(),
                "JIXIAO_UPSTREAM_MONITORING_URL", "http://127.0.0.1:" + monitoringPort());
    }

    /**
     * Services first (newest first, so the gateway goes before its upstreams), then Kafka, then PostgreSQL: the
     * services flush their outbox relays and commit consumer offsets while both servers are still there. Once the
     * gateway has stopped, the services behind it are all asked at once and then awaited, so that writing their
     * class-data archives at exit (tens of seconds each on loaded cores) overlaps.
     */
    void stop() {
        if (started.peek() instanceof ServiceProcess) {
            close(started.pop());
        }
        started.stream()
                .filter(ServiceProcess.class::isInstance)
                .map(ServiceProcess.class::cast)
                .forEach(ServiceProcess::beginStopping);
        while (!started.isEmpty()) {
            close(started.pop());
        }
    }

    private static void close(AutoCloseable next) {
        try {
            next.close();
        } catch (Exception e) {
            System.err.println("stopping " + next + " failed: " + e.getMessage());
        }
    }

    int projectPort() {
        return options.serviceBasePort();
    }

    int indicatorPort() {
        return options.serviceBasePort() + 1;
    }

    int monitoringPort() {
        return options.serviceBasePort() + 2;
    }

    StackKeys keys() {
        return keys;
    }

    EmbeddedPostgresServer postgres() {
        return postgres;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    private static void step(String what, long since) {
        System.out.printf("  %-60s (%.1f s)%n", what, (System.nanoTime() - since) / 1e9);
    }
}
