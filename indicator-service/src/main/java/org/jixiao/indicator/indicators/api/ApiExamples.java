package org.jixiao.indicator.indicators.api;

/**
 * Examples of the API documentation (/q/openapi), taken from table 1 of the first published 绩效目标表 (unit 573301,
 * 2025年信息化运维项目). Each answer is exactly what the service sends for the request examples, which
 * ApiDocumentationIT checks by sending them. The examples follow one indicator through two revisions, so they are put
 * together from its parts (annotation values must be constants: plain concatenation only).
 */
public final class ApiExamples {
    /** Which indicator of which project: the fields no revision changes, each ending in a comma. */
    private static final String DEVICES = """
              "id": 1, "projectId": 1, "unitCode": "573301",
              "level1": "产出指标", "level2": "数量指标", "name": "硬件采购（维护）数量", "description": "硬件采购（维护）数量",
            """;

    /** Revision 1's target and milestones, ending in a comma. */
    private static final String SEVENTEEN_DEVICES = """
              "target": {
                "raw": "≥17台", "comparator": "GE", "value": 17, "unit": "台", "unitFamily": "COUNT",
                "kind": "QUANTITY", "direction": "HIGHER_BETTER", "accumulation": "CUMULATIVE", "deadline": null
              },
              "weight": null,
              "milestones": [{"asOf": "2025-06-30", "planned": 8}, {"asOf": "2025-12-31", "planned": 17}],
            """;

    /** Revision 2's target, weight and milestones, ending in a comma. */
    private static final String TWENTY_DEVICES = """
              "target": {
                "raw": "≥20台", "comparator": "GE", "value": 20, "unit": "台", "unitFamily": "COUNT",
                "kind": "QUANTITY", "direction": "HIGHER_BETTER", "accumulation": "CUMULATIVE", "deadline": null
              },
              "weight": 10,
              "milestones": [{"asOf": "2025-06-30", "planned": 10}, {"asOf": "2025-12-31", "planned": 20}],
            """;

    /** How a count of devices is measured when nobody set it: added up, more is better. Ends in a comma. */
    private static final String CUMULATIVE_MEASURE = """
              "measure": "CUMULATIVE", "measureSet": false, "direction": "HIGHER_BETTER", "directionSet": false,
            """;

    public static final String INDICATOR_REQUEST = """
            {
              "projectId": 1,
              "level1": "产出指标",
              "level2": "数量指标",
              "name": "硬件采购（维护）数量",
              "description": "硬件采购（维护）数量",
              "target": "≥17台",
              "milestones": [{"asOf": "2025-06-30", "planned": 8}, {"asOf": "2025-12-31", "planned": 17}]
            }
            """;

    public static final String INDICATOR =
            "{\n" + DEVICES + SEVENTEEN_DEVICES + CUMULATIVE_MEASURE + "  \"revision\": 1\n}\n";

    /** A new revision of {@link #INDICATOR}: three more devices, and a weight of its own. */
    public static final String REVISION_REQUEST = """
            {
              "target": "≥20台",
              "description": "硬件采购（维护）数量",
              "weight": 10,
              "milestones": [{"asOf": "2025-06-30", "planned": 10}, {"asOf": "2025-12-31", "planned": 20}]
            }
            """;

    public static final String INDICATOR_REVISED =
            "{\n" + DEVICES + TWENTY_DEVICES + CUMULATIVE_MEASURE + "  \"revision\": 2\n}\n";

    public static final String REVISIONS = "[\n{\n  \"revision\": 1,\n  \"description\": \"硬件采购（维护）数量\",\n"
            + SEVENTEEN_DEVICES + CUMULATIVE_MEASURE + "  \"createdAt\": \"2025-02-10T02:15:31.204518Z\"\n},\n"
            + "{\n  \"revision\": 2,\n  \"description\": \"硬件采购（维护）数量\",\n"
            + TWENTY_DEVICES + CUMULATIVE_MEASURE + "  \"createdAt\": \"2025-04-02T07:40:12.880113Z\"\n}\n]\n";

    /** {@link #INDICATOR} and the next two rows of its table, in table order. */
    public static final String PROJECT_INDICATORS = "[\n" + INDICATOR + """
            ,
              {
                "id": 2, "projectId": 1, "unitCode": "573301",
                "level1": "产出指标", "level2": "质量指标", "name": "系统验收合格率", "description": "系统验收合格率",
                "target": {
                  "raw": "≥90%", "comparator": "GE", "value": 90, "unit": "%", "unitFamily": "PERCENT",
                  "kind": "RATE", "direction": "HIGHER_BETTER", "accumulation": "LEVEL", "deadline": null
                },
                "weight": null,
                "milestones": [],
                "measure": "LEVEL", "measureSet": false, "direction": "HIGHER_BETTER", "directionSet": false,
                "revision": 1
              },
              {
                "id": 3, "projectId": 1, "unitCode": "573301",
                "level1": "产出指标", "level2": "时效指标", "name": "系统故障修复处理时间", "description": "系统故障修复处理时间",
                "target": {
                  "raw": "≤4小时", "comparator": "LE", "value": 4, "unit": "小时", "unitFamily": "TIME",
                  "kind": "DURATION", "direction": "LOWER_BETTER", "accumulation": "LEVEL", "deadline": null
                },
                "weight": null,
                "milestones": [],
                "measure": "LEVEL", "measureSet": false, "direction": "LOWER_BETTER", "directionSet": false,
                "revision": 1
              }
            ]
            """;

    private ApiExamples() {}
}
