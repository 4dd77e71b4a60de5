package org.jixiao.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jixiao.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    static final MediaType JSON = new MediaType("application", "json");
    static final MediaType XLSX = new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static MediaType withQ(MediaType type, String q) {
        return new MediaType(type.getType(), type.getSubtype(), Map.of("q", q));
    }

    @Test
    void answersJsonUnlessXlsxIsPreferred() {
        assertThat(ReportFormat.choose(null, List.of())).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.choose(null, List.of(MediaType.WILDCARD_TYPE))).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.choose(null, List.of(XLSX))).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.choose(null, List.of(withQ(JSON, "0.5"), XLSX))).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.choose(null, List.of(XLSX, JSON))).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.choose(null, List.of(withQ(XLSX, "0"), MediaType.WILDCARD_TYPE)))
                .isEqualTo(ReportFormat.JSON);
    }

    @Test
    void formatParameterWinsOverAccept() {
        assertThat(ReportFormat.choose("xlsx", List.of(JSON))).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.choose("JSON", List.of(XLSX))).isEqualTo(ReportFormat.JSON);
    }

    @Test
    void refusesWhatItCannotAnswer() {
        assertThatThrownBy(() -> ReportFormat.choose(null, List.of(new MediaType("text", "csv"))))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(406));
        assertThatThrownBy(() -> ReportFormat.choose("pdf", List.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.violations().get(0).field()).isEqualTo("format");
                });
    }

    @Test
    void downloadNameIsAsciiWithTheChineseNameAlongside() {
        ReportFormat.FileName name =
                new ReportFormat.FileName("monitoring-7-2025-06-30.xlsx", "绩效监控表-7-2025-06-30.xlsx");
        assertThat(name.contentDisposition())
                .isEqualTo("attachment; filename=\"monitoring-7-2025-06-30.xlsx\"; "
                        + "filename*=UTF-8''%E7%BB%A9%E6%95%88%E7%9B%91%E6%8E%A7%E8%A1%A8-7-2025-06-30.xlsx");
        assertThat(ReportFormat.FileName.safe("57 33/01\"")).isEqualTo("57_33_01_");
    }
}
