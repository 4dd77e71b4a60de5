package org.jixiao.kit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {
    private static final byte[] BODY = "{\"indicatorId\":1,\"value\":\"9台\"}".getBytes(StandardCharsets.UTF_8);

    private static String json(String method, String path, String query, byte[] body) {
        return RequestFingerprint.of(method, path, query, "application/json", body);
    }

    @Test
    void sameRequestHasTheSameFingerprint() {
        assertThat(json("POST", "/api/progress", null, BODY)).isEqualTo(json("post", "/api/progress", "", BODY));
        assertThat(json("POST", "/api/progress", null, BODY)).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void anyDifferenceInMethodPathQueryOrBodyChangesIt() {
        String base = json("POST", "/api/progress", null, BODY);
        assertThat(json("PUT", "/api/progress", null, BODY)).isNotEqualTo(base);
        assertThat(json("POST", "/api/progress/batch", null, BODY)).isNotEqualTo(base);
        assertThat(json("POST", "/api/progress", "dryRun=true", BODY)).isNotEqualTo(base);
        assertThat(json("POST", "/api/progress", null, "{\"indicatorId\":1,\"value\":\"8台\"}".getBytes()))
                .isNotEqualTo(base);
    }

    @Test
    void partsCannotBeShiftedIntoEachOther() {
        assertThat(json("POST", "/api/a", "b", new byte[0])).isNotEqualTo(json("POST", "/api/ab", "", new byte[0]));
    }

    @Test
    void queryParameterOrderDoesNotMatter() {
        assertThat(json("POST", "/api/imports", "fiscalYear=2025&dry=1", BODY))
                .isEqualTo(json("POST", "/api/imports", "dry=1&fiscalYear=2025", BODY));
    }

    @Test
    void mediaTypeCountsButNotItsParameters() {
        String plain = RequestFingerprint.of("POST", "/api/p", null, "text/csv", BODY);
        assertThat(RequestFingerprint.of("POST", "/api/p", null, "Text/CSV; charset=UTF-8", BODY))
                .isEqualTo(plain);
        assertThat(RequestFingerprint.of("POST", "/api/p", null, "application/json", BODY))
                .isNotEqualTo(plain);
    }

    @Test
    void multipartUploadsOfTheSameFileMatchWhateverTheirBoundary() {
        String first = RequestFingerprint.of(
                "POST", "/api/p", null, "multipart/form-data; boundary=abc123", multipart("abc123", "a,b\n1,2\n"));
        String second = RequestFingerprint.of(
                "POST", "/api/p", null, "multipart/form-data; boundary=\"zz-987\"", multipart("zz-987", "a,b\n1,2\n"));
        String otherFile = RequestFingerprint.of(
                "POST", "/api/p", null, "multipart/form-data; boundary=abc123", multipart("abc123", "a,b\n1,3\n"));
        assertThat(second).isEqualTo(first);
        assertThat(otherFile).isNotEqualTo(first);
    }

    @Test
    void boundaryIsReadFromMultipartTypesOnly() {
        assertThat(RequestFingerprint.boundary("multipart/form-data; charset=x; boundary=q"))
                .isEqualTo("q");
        assertThat(RequestFingerprint.boundary("application/json; boundary=q")).isNull();
        assertThat(RequestFingerprint.boundary(null)).isNull();
    }

    private static byte[] multipart(String boundary, String file) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
