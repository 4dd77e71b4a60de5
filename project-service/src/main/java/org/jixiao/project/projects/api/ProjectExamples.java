package org.jixiao.project.projects.api;

/**
 * Examples of the project API's documentation (/q/openapi), taken from the first published 绩效目标表 (unit 573301, project
 * 2025年信息化运维项目). Each answer is exactly what the service sends for the request example before it, which
 * ApiDocumentationIT checks by sending the request examples. They are one project, so they are put together from its
 * parts (annotation values must be constants: plain concatenation only).
 */
final class ProjectExamples {
    /** The unit, year and name of the project, each line ending in a comma. */
    private static final String NAMED = """
              "unitCode": "573301",
              "fiscalYear": 2025,
              "name": "2025年信息化运维项目",
            """;

    /** The project's purpose and goals as the table states them; no comma after them. */
    private static final String PURPOSE_AND_GOALS = """
              "purpose": "对信息化设备和网站进行维修维护，保障信息化工作正常开展。",
              "goals": [
                "项目运维的目标是确保现有的机房网络、安全、服务器以及操作系统可无阻碍运行，维护采取完全外包形式，运维周期为1年。",
                "确保天津市贸促会门户网站网络安全，不发生网络意识形态问题。"
              ]""";

    /** The fiscal year as the project's period; no comma after it. */
    private static final String PERIOD = """
              "periodStart": "2025-01-01",
              "periodEnd": "2025-12-31\"""";

    static final String PROJECT_REQUEST = "{\n" + NAMED + """
              "budget": {"total": 11.00, "fiscal": 11.00, "other": 0},
            """ + PURPOSE_AND_GOALS + "\n}\n";

    static final String PROJECT =
            "{\n  \"id\": 1,\n" + NAMED + """
              "budget": {"total": 11.00, "fiscal": 11.00, "other": 0.00},
            """ + PURPOSE_AND_GOALS + ",\n" + PERIOD + ",\n  \"version\": 1\n}\n";

    static final String PROJECT_PAGE = """
            {
              "items": [
            """ + PROJECT + """
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }
            """;

    /** The update's budget: 1.50 万元 of other funds added. */
    private static final String UPDATED_BUDGET = """
              "budget": {"total": 12.50, "fiscal": 11.00, "other": 1.50},
            """;

    /** An update of {@link #PROJECT}: 1.50 万元 of other funds added, and the maintenance period stated. */
    static final String PROJECT_UPDATE = "{\n" + NAMED + UPDATED_BUDGET + PURPOSE_AND_GOALS + ",\n" + PERIOD + "\n}\n";

    static final String PROJECT_UPDATED = "{\n  \"id\": 1,\n" + NAMED + UPDATED_BUDGET + PURPOSE_AND_GOALS + ",\n"
            + PERIOD + ",\n  \"version\": 2\n}\n";

    private ProjectExamples() {}
}
