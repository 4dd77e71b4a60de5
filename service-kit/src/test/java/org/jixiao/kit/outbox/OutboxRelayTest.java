package org.jixiao.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jixiao.events.EventHeaders;
import org.junit.jupiter.api.Test;

/** The relay's rules without PostgreSQL or Kafka: an in-memory outbox and Kafka's own MockProducer. */
class OutboxRelayTest {

    @Test
    void publishesPendingRowsInIdOrderWithTheirHeadersThenMarksThemPublished() {
        MemoryOutbox outbox = new MemoryOutbox(5);
        MockProducer<String, String> kafka =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());

        int published = relay(outbox, kafka, 500).relayAll();

        assertThat(published).isEqualTo(5);
        assertThat(kafka.history())
                .extracting(ProducerRecord::value)
                .containsExactly("payload-1", "payload-2", "payload-3", "payload-4", "payload-5");
        ProducerRecord<String, String> first = kafka.history().get(0);
        assertThat(first.topic()).isEqualTo("topic-1");
        assertThat(first.key()).isEqualTo("key-1");
        assertThat(header(first, EventHeaders.EVENT_ID))
                .isEqualTo(outbox.row(1).eventId.toString());
        assertThat(header(first, EventHeaders.EVENT_TYPE)).isEqualTo("Type1");
        assertThat(header(first, EventHeaders.EVENT_VERSION)).isEqualTo("1");
        assertThat(outbox.published).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void relaysInBatchesUntilTheOutboxIsEmptyKeepingTheOrderAcrossBatches() {
        MemoryOutbox outbox = new MemoryOutbox(5);
        MockProducer<String, String> kafka =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());

        int published = relay(outbox, kafka, 2).relayAll();

        assertThat(published).isEqualTo(5);
        assertThat(outbox.passes).isEqualTo(3);
        assertThat(kafka.history())
                .extracting(ProducerRecord::key)
                .containsExactly("key-1", "key-2", "key-3", "key-4", "key-5");
    }

    @Test
    void aFailedSendStopsThePassLeavesItsWholeBatchAndTheNextPassSendsFromTheFirstUnmarkedRow() {
        MemoryOutbox outbox = new MemoryOutbox(6);
        FailingOnce kafka = new FailingOnce("key-4");
        OutboxRelay relay = relay(outbox, kafka, 2);

        // Batch 1 (rows 1, 2) goes through; batch 2 (rows 3, 4) fails on row 4; batch 3 is not even tried.
        assertThat(relay.relayAll()).isEqualTo(2);
        assertThat(outbox.published).containsExactly(1L, 2L);
        assertThat(kafka.history()).extracting(ProducerRecord::key).containsExactly("key-1", "key-2", "key-3", "key-4");

        // The next pass starts again at row 3: at least once, never out of order, nothing skipped.
        assertThat(relay.relayAll()).isEqualTo(4);
        assertThat(outbox.published).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(kafka.history())
                .extracting(ProducerRecord::key)
                .containsExactly("key-1", "key-2", "key-3", "key-4", "key-3", "key-4", "key-5", "key-6");
    }

    @Test
    void anotherInstanceHoldingTheLockMeansThisOneSendsNothing() {
        MemoryOutbox outbox = new MemoryOutbox(3);
        outbox.lockedElsewhere = true;
        MockProducer<String, String> kafka =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());

        assertThat(relay(outbox, kafka, 500).relayAll()).isZero();
        assertThat(kafka.history()).isEmpty();
        assertThat(outbox.published).isEmpty();
    }

    @Test
    void aDisabledRelayLeavesEveryRowInTheOutbox() {
        MemoryOutbox outbox = new MemoryOutbox(3);
        MockProducer<String, String> kafka =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());

        OutboxRelay disabled = new OutboxRelay(outbox, kafka, 500, false, outbox::inTransaction);

        assertThat(disabled.relayAll()).isZero();
        assertThat(kafka.history()).isEmpty();
        assertThat(outbox.published).isEmpty();
    }

    private static OutboxRelay relay(MemoryOutbox outbox, MockProducer<String, String> kafka, int batchSize) {
        return new OutboxRelay(outbox, kafka, batchSize, true, outbox::inTransaction);
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** Rows 1..n; marks made in a pass that throws are rolled back, as PostgreSQL would. */
    private static final class MemoryOutbox implements OutboxRows {
        final List<OutboxEvent> rows = new ArrayList<>();
        final List<Long> published = new ArrayList<>();
        private final List<Long> markedInPass = new ArrayList<>();
        boolean lockedElsewhere;
        int passes;

        MemoryOutbox(int count) {
            for (long id = 1; id <= count; id++) {
                OutboxEvent row = new OutboxEvent();
                row.id = id;
                row.eventId = UUID.randomUUID();
                row.topic = "topic-" + id;
                row.messageKey = "key-" + id;
                row.eventType = "Type" + id;
                row.eventVersion = 1;
                row.payload = "payload-" + id;
                rows.add(row);
            }
        }

        OutboxEvent row(long id) {
            return rows.get((int) id - 1);
        }

        int inTransaction(java.util.concurrent.Callable<Integer> pass) {
            passes++;
            markedInPass.clear();
            try {
                int result = pass.call();
                published.addAll(markedInPass);
                return result;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean tryLock() {
            return !lockedElsewhere;
        }

        @Override
        public List<OutboxEvent> pending(int limit) {
            return rows.stream()
                    .filter(row -> !published.contains(row.id))
                    .limit(limit)
                    .toList();
        }

        @Override
        public void markPublished(List<Long> ids) {
            markedInPass.addAll(ids);
        }
    }

    /** Kafka refusing one record the first time it is sent (e.g. a leader election), accepting all others. */
    private static final class FailingOnce extends MockProducer<String, String> {
        private final String failingKey;
        private boolean failed;

        FailingOnce(String failingKey) {
            super(true, null, new StringSerializer(), new StringSerializer());
            this.failingKey = failingKey;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record) {
            Future<RecordMetadata> sent = super.send(record);
            if (!failed && record.key().equals(failingKey)) {
                failed = true;
                return CompletableFuture.failedFuture(new NotLeaderOrFollowerException("leader moved"));
            }
            return sent;
        }
    }
}
