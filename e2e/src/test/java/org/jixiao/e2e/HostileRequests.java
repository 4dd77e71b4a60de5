package org.jixiao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.e2e.ValidBodies.Field;
import org.jixiao.e2e.ValidBodies.Kind;
import org.jixiao.e2e.ValidBodies.Template;

/**
 * Bad requests, generated from a seed so that a failure replays: every write endpoint's valid body broken one way at a
 * time (malformed JSON, a wrong type, a huge number, over-long text with control characters, a wrong unit, a date out
 * of the period, another unit's id), bad query parameters on the lists, and hostile uploads. Every write here must be
 * refused; a read may answer, but never with a 5xx.
 */
final class HostileRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The unit the caller's key is not for. */
    static final String OTHER_UNIT = "302101";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Characters that have broken parsers and log lines: NEL, line and paragraph separators, NUL, ESC, CR LF. */
    private static final String CONTROL = "\u0085\u2028\u2029\u0000\u001b\r\n\t";

    /** One request: what it is (printed on failure with the seed), whether it writes, and how to send it. */
    record Attempt(String name, boolean write, Function<RequestSpecification, Response> send) {}

    /** The ids the requests aim at: unit A's own, and unit B's for the caller of unit A to be refused. */
    record Targets(
            long projectA, String projectETag, long indicatorA, String indicatorETag, long projectB, long indicatorB) {}

    private final Random random;
    private final Targets targets;
    private final List<Template> templates;

    HostileRequests(long seed, Targets targets) {
        this.random = new Random(seed);
        this.targets = targets;
        this.templates = ValidBodies.templates(targets);
    }

    /** {@code count} attempts, cycling through every template and every way of breaking it. */
    List<Attempt> generate(int count) {
        List<Attempt> attempts = new ArrayList<>();
        attempts.addAll(uploads());
        int i = 0;
        while (attempts.size() < count) {
            Template template = templates.get(i % templates.size());
            attempts.add(
                    switch ((i / templates.size()) % 6) {
                        case 0 -> truncated(template);
                        case 1 -> wrongType(template);
                        case 2 -> hugeNumber(template);
                        case 3 -> overLong(template);
                        case 4 -> foreignOrOutOfRange(template);
                        default -> badQuery();
                    });
            i++;
        }
        return attempts;
    }

    /** A proper prefix of a JSON document is never JSON. */
    private Attempt truncated(Template template) {
        int cut = 1 + random.nextInt(template.body().length() - 1);
        return json(template, "truncated at " + cut, template.body().substring(0, cut));
    }

    private Attempt wrongType(Template template) {
        if (template.fields().isEmpty()) {
            return json(template, "an object instead of the array", "{\"reports\":" + template.body() + "}");
        }
        Field field = pick(template.fields());
        Object wrong = switch (field.kind()) {
            case TEXT -> random.nextBoolean() ? Map.of("a", 1) : List.of("a");
            case NUMBER, ID -> random.nextBoolean() ? "abc" : List.of(1);
            case DATE -> pick(List.of("yesterday", "2025-02-30", "2025/06/30", "0000-00-00"));
            case LIST, OBJECT -> "abc";
        };
        return json(template, field.path() + " as " + wrong, replaced(template, field.path(), JSON.valueToTree(wrong)));
    }

    private Attempt hugeNumber(Template template) {
        List<Field> numbers = template.fields().stream()
                .filter(f -> f.kind() == Kind.NUMBER || f.kind() == Kind.ID)
                .toList();
        if (numbers.isEmpty()) {
            return overLong(template);
        }
        Field field = pick(numbers);
        String number = pick(List.of("1E+20000000", "-1e400000000", "9".repeat(400), "1E-20000000", "1.5E+308"));
        String marker = "\"__HUGE__\"";
        String body = replaced(template, field.path(), JSON.getNodeFactory().textNode("__HUGE__"));
        return json(template, field.path() + " = " + number, body.replace(marker, number));
    }

    /** Longer than any text limit, and full of control characters. */
    private Attempt overLong(Template template) {
        List<Field> texts =
                template.fields().stream().filter(f -> f.kind() == Kind.TEXT).toList();
        if (texts.isEmpty()) {
            return truncated(template);
        }
        Field field = pick(texts);
        String text = text(2_001 + random.nextInt(8_000));
        return json(
                template,
                field.path() + " of " + text.length() + " characters",
                replaced(template, field.path(), JSON.getNodeFactory().textNode(text)));
    }

    /** Another unit's code, project or indicator, or a date outside the period or in the future. */
    private Attempt foreignOrOutOfRange(Template template) {
        for (Field field : template.fields()) {
            if (field.path().equals("unitCode") || field.path().equals("code")) {
                return json(
                        template,
                        field.path() + " of the other unit",
                        replaced(template, field.path(), JSON.getNodeFactory().textNode(OTHER_UNIT)));
            }
            if (field.kind() == Kind.ID) {
                long foreign = field.path().equals("projectId") ? targets.projectB() : targets.indicatorB();
                return json(
                        template,
                        field.path() + " of the other unit",
                        replaced(template, field.path(), JSON.getNodeFactory().numberNode(foreign)));
            }
            if (field.kind() == Kind.DATE) {
                String date = pick(List.of("2024-06-30", "2099-06-30", "1900-01-01"));
                return json(
                        template,
                        field.path() + " = " + date,
                        replaced(template, field.path(), JSON.getNodeFactory().textNode(date)));
            }
        }
        if (template.path().startsWith("/api/projects/") && template.method().equals("PUT")) {
            return new Attempt(
                    "PUT the other unit's project",
                    true,
                    r -> r.contentType("application/json")
                            .body(template.body())
                            .put("/api/projects/" + targets.projectB()));
        }
        if (template.path().startsWith("/api/indicators/")) {
            return new Attempt(
                    "PUT the other unit's indicator",
                    true,
                    r -> r.contentType("application/json")
                            .body(template.body())
                            .put("/api/indicators/" + targets.indicatorB()));
        }
        return wrongType(template);
    }

    /** A list or a report with parameters out of range, of the wrong type, or too long. */
    private Attempt badQuery() {
        String path = pick(List.of(
                "/api/projects",
                "/api/status/projects",
                "/api/status/indicators",
                "/api/projects/" + targets.projectA() + "/budget-execution",
                "/api/status/projects/" + targets.projectA(),
                "/api/reports/projects/" + targets.projectA() + "/monitoring"));
        String parameter = pick(List.of("page", "size", "fiscalYear", "asOf", "unitCode", "projectId", "status"));
        String value = pick(List.of(
                "-1", "0", "99999999999", "10737419", "abc", "2025-02-30", "1E+20000000", text(300), "%00", "\u2028"));
        return new Attempt(
                "GET " + path + "?" + parameter + "=" + abbreviated(value),
                false,
                r -> r.queryParam("unitCode", "573301")
                        .queryParam(parameter, value)
                        .get(path));
    }

    /** Uploads no service can read: garbage, a zip bomb, a document with a DOCTYPE, CSV and text tables of nonsense. */
    private List<Attempt> uploads() {
        byte[] garbage = new byte[64 * 1024];
        random.nextBytes(garbage);
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[200 * 1024 * 1024]);
        byte[] doctype = zip(
                "word/document.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>"
                        .getBytes(StandardCharsets.UTF_8));
        List<Attempt> uploads = new ArrayList<>();
        for (String type : List.of(XLSX, DOCX)) {
            uploads.add(upload("/api/imports?fiscalYear=2025", type, "random bytes as " + type, garbage));
            uploads.add(upload("/api/imports?fiscalYear=2025", type, "a zip bomb as " + type, bomb));
            uploads.add(upload("/api/imports?fiscalYear=2025", type, "a DOCTYPE as " + type, doctype));
        }
        uploads.add(upload("/api/progress/batch", XLSX, "random bytes as a batch workbook", garbage));
        uploads.add(upload("/api/progress/batch", XLSX, "a zip bomb as a batch workbook", bomb));
        uploads.add(upload(
                "/api/progress/batch",
                "text/csv",
                "CSV with a wrong unit and control characters",
                ("indicatorId,asOf,value\n" + targets.indicatorA() + ",2025-06-30,9光年" + CONTROL + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
        uploads.add(upload(
                "/api/imports?fiscalYear=2025",
                "text/plain; charset=utf-8",
                "a text table of nonsense",
                text(5_000).getBytes(StandardCharsets.UTF_8)));
        uploads.add(
                upload("/api/imports?fiscalYear=abc", "text/plain; charset=utf-8", "fiscalYear=abc", new byte[] {'x'}));
        return uploads;
    }

    private static Attempt upload(String path, String type, String name, byte[] body) {
        return new Attempt(
                "POST " + path + ": " + name,
                true,
                r -> r.contentType(type).body(body).post(path));
    }

    private Attempt json(Template template, String name, String body) {
        String method = template.method();
        String path = template.path();
        return new Attempt(method + " " + path + ": " + name, true, r -> {
            RequestSpecification request =
                    r.contentType("application/json; charset=utf-8").body(body.getBytes(StandardCharsets.UTF_8));
            if (method.equals("PUT")) {
                // The current version, so that only the body can be what is wrong.
                return request.header("If-Match", etag(path)).put(path);
            }
            return request.post(path);
        });
    }

    private String etag(String path) {
        return path.startsWith("/api/projects/") ? targets.projectETag() : targets.indicatorETag();
    }

    private static String replaced(Template template, String path, JsonNode value) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(template.body());
            ObjectNode parent = root;
            String[] parts = path.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                parent = (ObjectNode) parent.get(parts[i]);
            }
            parent.set(parts[parts.length - 1], value);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of the given length: CJK, Latin and control characters mixed. */
    private String text(int length) {
        String alphabet = "绩效目标指标ab9%台" + CONTROL;
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String abbreviated(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…(" + value.length() + ")";
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
