package org.jixiao.monitoring.replay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.DedicatedInfra;

/**
 * Three live runs of the packaged service over the same events on the real topics, side by side, each with its own
 * database and consumer group: one is killed with SIGKILL in the middle of the reports and restarted, one runs
 * through as the reference, and one is two instances sharing a database and a consumer group, one of which is killed
 * for good at the same moment. Done once per test JVM
 * (on a PostgreSQL and Kafka of its own, so the topics hold only these events) and shared by {@link KillNineIT} and
 * {@link ScaleOutIT}, which compare their run with the reference, and {@link RebuildIT}, which rebuilds the killed
 * run's state.
 */
final class ReplayRuns {
    static final String KILLED = "replay_killed";
    static final String REFERENCE = "replay_reference";
    static final String SCALED_OUT = "replay_scaled_out";
    static final String SCALED_OUT_GROUP = "monitoring-replay-scaled-out";
    /**
     * Kill once this many reports are stored. Only the first {@link #WRITTEN_BEFORE_KILL} reports are on the topic
     * by then (the rest follow after the kill), so the kill lands while batches are being consumed however fast the
     * batched consumer is, and the restart has old and new reports to consume.
     */
    static final int KILL_AFTER = 1_500;

    static final int WRITTEN_BEFORE_KILL = 6_000;

    private static final Duration CATCH_UP = Duration.ofMinutes(8);
    private static ReplayRuns done;
    private static Throwable failed;

    final DedicatedInfra infra;
    final Scenario scenario;
    final Database killed;
    final Database reference;
    final Database scaledOut;
    /** Reports the killed run had stored when it was killed. */
    final long storedWhenKilled;
    /** Per topic, the partitions each of the two scaled-out instances held once their group had settled. */
    final Map<String, List<Set<TopicPartition>>> scaledOutSplit;
    /** The same once one of the two had been killed with SIGKILL in the middle of the reports. */
    final Map<String, List<Set<TopicPartition>>> survivorSplit;

    private ReplayRuns(
            DedicatedInfra infra,
            Scenario scenario,
            long storedWhenKilled,
            Map<String, List<Set<TopicPartition>>> scaledOutSplit,
            Map<String, List<Set<TopicPartition>>> survivorSplit) {
        this.infra = infra;
        this.scenario = scenario;
        this.killed = new Database(infra, KILLED);
        this.reference = new Database(infra, REFERENCE);
        this.scaledOut = new Database(infra, SCALED_OUT);
        this.storedWhenKilled = storedWhenKilled;
        this.scaledOutSplit = scaledOutSplit;
        this.survivorSplit = survivorSplit;
    }

    static synchronized ReplayRuns get() throws Exception {
        if (failed != null) {
            throw new IllegalStateException("the kill -9 run failed before (see the first test class)", failed);
        }
        if (done == null) {
            try {
                done = run();
            } catch (Exception | Error e) {
                failed = e;
                throw e;
            }
        }
        return done;
    }

    private static ReplayRuns run() throws Exception {
        DedicatedInfra infra = DedicatedInfra.start();
        infra.createDatabase(KILLED);
        infra.createDatabase(REFERENCE);
        infra.createDatabase(SCALED_OUT);
        Scenario scenario = new Scenario();
        Database killedDb = new Database(infra, KILLED);
        Database referenceDb = new Database(infra, REFERENCE);
        Database scaledOutDb = new Database(infra, SCALED_OUT);
        EventFeed.write(infra.kafkaClient(), scenario.readModel);
        MonitoringJar killedJar = MonitoringJar.live("monitoring-killed", infra, KILLED, "monitoring-replay-killed");
        List<MonitoringJar> others = List.of(
                MonitoringJar.live("monitoring-reference", infra, REFERENCE, "monitoring-replay-reference"),
                MonitoringJar.live("monitoring-scaled-first", infra, SCALED_OUT, SCALED_OUT_GROUP),
                MonitoringJar.live("monitoring-scaled-second", infra, SCALED_OUT, SCALED_OUT_GROUP));
        List<MonitoringJar> all =
                Stream.concat(Stream.of(killedJar), others.stream()).toList();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAll(all)));
        long t0 = System.nanoTime();
        try {
            CompletableFuture.allOf(all.stream()
                            .map(jar -> CompletableFuture.runAsync(jar::start))
                            .toArray(CompletableFuture[]::new))
                    .join();
            step("all four instances started", t0);
            Map<String, List<Set<TopicPartition>>> split = PartitionSplit.settled(infra, SCALED_OUT_GROUP, 2);
            step("the scaled-out group settled", t0);
            // Reports are written once every run knows every target, as the intake would only accept them then.
            awaitReadModel(killedDb);
            awaitReadModel(referenceDb);
            awaitReadModel(scaledOutDb);
            step("read model and first statuses in all three", t0);
            EventFeed.write(infra.kafkaClient(), scenario.reports.subList(0, WRITTEN_BEFORE_KILL));

            Await.until(
                    () -> killedDb.count("SELECT count(*) FROM progress_report") >= KILL_AFTER,
                    CATCH_UP,
                    KILL_AFTER + " reports stored by the run to kill");
            killedJar.killHard();
            // One of the scaled-out pair dies too, for good: the survivor must take over its partitions.
            others.get(2).killHard();
            long storedWhenKilled = killedDb.count("SELECT count(*) FROM progress_report");
            step(
                    "killed with SIGKILL at " + storedWhenKilled + " stored reports, " + committedReports(infra)
                            + " committed",
                    t0);
            EventFeed.write(infra.kafkaClient(), scenario.reports.subList(WRITTEN_BEFORE_KILL, Scenario.REPORTS));
            killedJar.start();
            step("restarted on the same database and consumer group", t0);
            Map<String, List<Set<TopicPartition>>> survivor = PartitionSplit.settled(infra, SCALED_OUT_GROUP, 1);
            step("the surviving scaled-out instance holds every partition", t0);

            awaitEverythingProcessed(killedDb, scenario);
            awaitEverythingProcessed(referenceDb, scenario);
            awaitEverythingProcessed(scaledOutDb, scenario);
            step("all events processed by all three", t0);
            return new ReplayRuns(infra, scenario, storedWhenKilled, split, survivor);
        } finally {
            closeAll(all);
        }
    }

    /** Side by side: each instance's orderly stop takes seconds (its consumers leave their groups). */
    private static void closeAll(List<MonitoringJar> jars) {
        CompletableFuture.allOf(jars.stream()
                        .map(jar -> CompletableFuture.runAsync(jar::close))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** The killed run's committed offsets on progress-events: the reports after them are delivered again. */
    private static long committedReports(DedicatedInfra infra) throws Exception {
        try (Admin admin = Admin.create(infra.kafkaClient())) {
            return admin
                    .listConsumerGroupOffsets("monitoring-replay-killed")
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .entrySet()
                    .stream()
                    .filter(e -> e.getKey().topic().equals(Topics.PROGRESS_EVENTS) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset())
                    .sum();
        }
    }

    /** Progress in the test output, to see where the time of a slow run went (nothing asserts on it). */
    private static void step(String what, long since) {
        System.out.printf("[kill -9] %-60s %6.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }

    private static void awaitReadModel(Database db) {
        Await.until(
                () -> db.count("SELECT count(*) FROM mon_indicator") == Scenario.indicatorCount()
                        && db.count("SELECT count(*) FROM mon_budget_execution") == Scenario.PROJECTS
                        && db.count("SELECT count(*) FROM mon_project") == Scenario.PROJECTS
                        && db.count("SELECT count(*) FROM pending_refresh") == 0
                        && db.count("SELECT count(*) FROM current_status WHERE subject = 'indicator'")
                                == Scenario.indicatorCount(),
                CATCH_UP,
                "read model and first statuses in " + db.name);
    }

    /** Every event applied, every deferred evaluation done, every status event relayed. */
    private static void awaitEverythingProcessed(Database db, Scenario scenario) {
        Await.until(
                () -> db.count("SELECT count(*) FROM processed_event")
                                        + db.count("SELECT count(*) FROM progress_report")
                                == scenario.allIds().size()
                        && db.count("SELECT count(*) FROM pending_refresh") == 0
                        && db.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0,
                CATCH_UP,
                "all " + scenario.allIds().size() + " events processed and their status events published by "
                        + db.name);
    }
}
