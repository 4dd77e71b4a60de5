package org.jixiao.monitoring.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    @Test
    void splitsFieldsAndRecords() {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse("a,b,c\n1,,3\r\n4,5,6");
        assertThat(records)
                .extracting(CsvRecords.CsvRecord::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"), List.of("4", "5", "6"));
        assertThat(records).extracting(CsvRecords.CsvRecord::line).containsExactly(1, 2, 3);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvRecords.CsvRecord> records =
                CsvRecords.parse("id,reason\n1,\"经费, 未到位\"\n2,\"第一行\n第二行\"\n3,\"他说\"\"好\"\"\"\n");
        assertThat(records)
                .extracting(CsvRecords.CsvRecord::fields)
                .containsExactly(
                        List.of("id", "reason"),
                        List.of("1", "经费, 未到位"),
                        List.of("2", "第一行\n第二行"),
                        List.of("3", "他说\"好\""));
        // A record is located by the line it starts on.
        assertThat(records).extracting(CsvRecords.CsvRecord::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void byteOrderMarkIsIgnoredAndBlankLinesAreBlankRecords() {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse("\uFEFFindicatorId\n\n7\n");
        assertThat(records.get(0).fields()).containsExactly("indicatorId");
        assertThat(records.get(1).blank()).isTrue();
        assertThat(records.get(2).fields()).containsExactly("7");
    }

    @Test
    void trailingEmptyFieldIsKept() {
        assertThat(CsvRecords.parse("a,").get(0).fields()).containsExactly("a", "");
    }

    @Test
    void malformedQuotingIsReportedWithItsLine() {
        assertThatThrownBy(() -> CsvRecords.parse("a\n\"open\nstill open"))
                .isInstanceOfSatisfying(
                        CsvRecords.MalformedCsv.class, e -> assertThat(e.line).isEqualTo(2))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> CsvRecords.parse("a\nx\"y\""))
                .isInstanceOf(CsvRecords.MalformedCsv.class)
                .hasMessageContaining("unquoted");
        assertThatThrownBy(() -> CsvRecords.parse("\"a\"b"))
                .isInstanceOf(CsvRecords.MalformedCsv.class)
                .hasMessageContaining("after the closing quote");
    }
}
