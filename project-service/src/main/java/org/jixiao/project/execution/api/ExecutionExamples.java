package org.jixiao.project.execution.api;

/**
 * Examples of the budget execution API's documentation (/q/openapi), for the project of the first published
 * 绩效目标表 (2025年信息化运维项目, 11.00 万元). ApiDocumentationIT sends the request examples and expects these answers.
 */
final class ExecutionExamples {
    static final String EXECUTION_REQUEST = """
            {"asOf": "2025-06-30", "spent": 5.50}
            """;

    /** The execution rate is spent ÷ 预算数 (5.50 ÷ 11.00), to 4 decimals. */
    static final String EXECUTION = """
            {"projectId": 1, "asOf": "2025-06-30", "spent": 5.50, "executionRate": 0.5000}
            """;

    static final String EXECUTION_HISTORY = """
            [
              {"projectId": 1, "asOf": "2025-03-31", "spent": 2.20, "executionRate": 0.2000},
              {"projectId": 1, "asOf": "2025-06-30", "spent": 5.50, "executionRate": 0.5000}
            ]
            """;

    private ExecutionExamples() {}
}
