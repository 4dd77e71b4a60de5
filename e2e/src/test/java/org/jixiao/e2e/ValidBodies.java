package org.jixiao.e2e;

import java.util.List;

/**
 * The write endpoints {@link HostileRequests} breaks: each one's method, path and a valid body, and the fields in that
 * body it may break, by what kind of value each holds.
 */
final class ValidBodies {
    /** What a field holds, which decides how it can be broken. */
    enum Kind {
        TEXT,
        NUMBER,
        DATE,
        ID,
        LIST,
        OBJECT
    }

    /** A field of a body, by its dotted path. */
    record Field(String path, Kind kind) {}

    /** An endpoint and a body it accepts. */
    record Template(String method, String path, String body, List<Field> fields) {}

    /** A project that creating and replacing one both accept. */
    private static final String PROJECT = "{\"unitCode\":\"573301\",\"fiscalYear\":2025,\"name\":\"模糊测试项目\","
            + "\"budget\":{\"total\":1,\"fiscal\":1,\"other\":0},\"purpose\":\"测试\",\"goals\":[\"测试\"]}";

    private ValidBodies() {}

    static List<Template> templates(HostileRequests.Targets t) {
        return List.of(
                new Template(
                        "POST",
                        "/api/units",
                        "{\"code\":\"573301\",\"name\":\"中国国际贸易促进委员会天津市分会\"}",
                        List.of(new Field("code", Kind.TEXT), new Field("name", Kind.TEXT))),
                new Template(
                        "POST",
                        "/api/projects",
                        PROJECT,
                        List.of(
                                new Field("unitCode", Kind.TEXT),
                                new Field("fiscalYear", Kind.NUMBER),
                                new Field("name", Kind.TEXT),
                                new Field("budget", Kind.OBJECT),
                                new Field("budget.total", Kind.NUMBER),
                                new Field("budget.fiscal", Kind.NUMBER),
                                new Field("purpose", Kind.TEXT),
                                new Field("goals", Kind.LIST))),
                new Template(
                        "PUT",
                        "/api/projects/" + t.projectA(),
                        PROJECT,
                        List.of(
                                new Field("name", Kind.TEXT),
                                new Field("budget.other", Kind.NUMBER),
                                new Field("purpose", Kind.TEXT),
                                new Field("goals", Kind.LIST))),
                new Template(
                        "POST",
                        "/api/projects/" + t.projectA() + "/budget-execution",
                        "{\"asOf\":\"2025-06-30\",\"spent\":0.5}",
                        List.of(new Field("asOf", Kind.DATE), new Field("spent", Kind.NUMBER))),
                new Template(
                        "POST",
                        "/api/indicators",
                        "{\"projectId\":" + t.projectA() + ",\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"模糊\","
                                + "\"target\":\"≥10台\"}",
                        List.of(
                                new Field("projectId", Kind.ID),
                                new Field("level1", Kind.TEXT),
                                new Field("level2", Kind.TEXT),
                                new Field("name", Kind.TEXT),
                                new Field("target", Kind.TEXT))),
                new Template(
                        "PUT",
                        "/api/indicators/" + t.indicatorA(),
                        "{\"target\":\"≥10台\",\"description\":\"模糊\"}",
                        List.of(new Field("target", Kind.TEXT), new Field("description", Kind.TEXT))),
                new Template(
                        "POST",
                        "/api/progress",
                        "{\"indicatorId\":" + t.indicatorA() + ",\"asOf\":\"2025-06-30\",\"value\":\"9光年\","
                                + "\"reporter\":\"模糊\"}",
                        List.of(
                                new Field("indicatorId", Kind.ID),
                                new Field("asOf", Kind.DATE),
                                new Field("value", Kind.TEXT),
                                new Field("reporter", Kind.TEXT))),
                new Template(
                        "POST",
                        "/api/progress/batch",
                        "[{\"indicatorId\":" + t.indicatorA() + ",\"asOf\":\"2025-06-30\",\"value\":\"9光年\"}]",
                        List.of()));
    }
}
