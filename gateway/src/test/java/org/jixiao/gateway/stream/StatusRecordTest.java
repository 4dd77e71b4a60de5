package org.jixiao.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class StatusRecordTest {

    @Test
    void readsTheFilterFieldsAndKeepsTheEnvelopeOnOneLine() {
        String value = "{\"eventId\":\"e1\",\"eventType\":\"StatusChanged\",\n"
                + "\"data\":{\"unitCode\":\"573301\",\"projectId\":42,\"current\":{\"status\":\"AT_RISK\"}}}\n";

        StatusRecord record = StatusRecord.from(new ConsumerRecord<>("status-events", 2, 7L, "indicator:1", value))
                .orElseThrow();

        assertThat(record.partition()).isEqualTo(2);
        assertThat(record.offset()).isEqualTo(7L);
        assertThat(record.unitCode()).isEqualTo("573301");
        assertThat(record.projectId()).isEqualTo(42L);
        assertThat(record.json()).doesNotContain("\n").contains("\"AT_RISK\"");
        assertThat(new StreamFilter("573301", 42L).matches(record)).isTrue();
        assertThat(new StreamFilter("573301", 43L).matches(record)).isFalse();
        assertThat(new StreamFilter("000000", null).matches(record)).isFalse();
    }

    @Test
    void skipsTombstonesOtherEventTypesAndUnreadableValues() {
        for (String value : new String[] {null, "{\"eventType\":\"ProgressReported\"}", "not json", "[1]"}) {
            assertThat(StatusRecord.from(new ConsumerRecord<>("status-events", 0, 1L, "k", value)))
                    .as(String.valueOf(value))
                    .isEmpty();
        }
    }

    @Test
    void replayInterleavesPartitionsByTimeKeepingEachPartitionsOrder() {
        StatusRecord a0 = record(0, 0, 100);
        StatusRecord a1 = record(0, 1, 300);
        StatusRecord b0 = record(1, 5, 200);
        StatusRecord b1 = record(1, 6, 100); // clock skew inside a partition: offset order still wins

        assertThat(StatusReplay.mergeByTimestamp(Map.of(0, List.of(a0, a1), 1, List.of(b0, b1))))
                .containsExactly(a0, b0, b1, a1);
    }

    private static StatusRecord record(int partition, long offset, long timestamp) {
        return new StatusRecord(partition, offset, timestamp, "u", 1L, "{}");
    }
}
