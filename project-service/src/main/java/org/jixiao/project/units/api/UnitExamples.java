package org.jixiao.project.units.api;

/**
 * Examples of the unit API's documentation (/q/openapi): unit 573301 of the first published 绩效目标表. Each answer
 * is exactly what the service sends for the request example before it, which ApiDocumentationIT checks.
 */
final class UnitExamples {
    static final String UNIT_REQUEST = """
            {"code": "573301", "name": "中国国际贸易促进委员会天津市分会", "parentCode": null}
            """;

    static final String UNIT = """
            {"code": "573301", "name": "中国国际贸易促进委员会天津市分会", "parentCode": null}
            """;

    private UnitExamples() {}
}
