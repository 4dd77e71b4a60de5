package org.jixiao.monitoring;

/**
 * The examples of the OpenAPI document, one consistent story from unit 573301's 2025年信息化运维项目 (project 42,
 * budget 11.00万元, period 2025): its targets 硬件采购（维护）数量 ≥17台 (indicator 7), 系统验收合格率 ≥90% (8) and
 * 系统故障修复处理时间 ≤4小时 (9), 4.95万元 spent by 2025-06-20, and the reports below, all as of 2025-06-30. The
 * answers are the service's real answers to the example requests (ApiDocumentationIT sends them and compares).
 */
public final class ApiExamples {
    /** {@code POST /api/progress}: behind plan, with the deviation, its reason and what is done about it. */
    public static final String PROGRESS = """
            {"indicatorId":7,"asOf":"2025-06-30","value":"6台","likelihood":"LIKELY",
             "deviation":{"category":"FUNDING","reason":"第二批设备采购资金尚未拨付"},
             "correctiveAction":"已申请资金拨付，第三季度完成采购","forecast":"17台","reporter":"王敏"}""";

    public static final String PROGRESS_ACCEPTED = """
            {"eventId":"3f2a9c1e-7b4d-4e0a-9c61-5d8e2f1a7b30"}""";

    /** {@code PUT /api/status/indicators/{id}/assessment}: 部分达成, scored at the top of its band. */
    public static final String ASSESSMENT = """
            {"share":0.78,"reason":"主要任务已完成，仅宣传材料印制推迟至次年一月"}""";

    public static final String ASSESSMENT_ACCEPTED = """
            {"eventId":"8c0d4b7e-2f1a-4c3d-9e5b-7a6f1d2c3b40"}""";

    /** {@code POST /api/progress/batch} as JSON: the two other targets of the project. */
    public static final String PROGRESS_BATCH = """
            [{"indicatorId":8,"asOf":"2025-06-30","value":"92%","likelihood":"CERTAIN","reporter":"王敏"},
             {"indicatorId":9,"asOf":"2025-06-30","value":"3.5小时","likelihood":"CERTAIN","reporter":"王敏"}]""";

    /** The same batch as a CSV file. */
    public static final String PROGRESS_BATCH_CSV = """
            indicatorId,asOf,value,likelihood,reporter
            8,2025-06-30,92%,CERTAIN,王敏
            9,2025-06-30,3.5小时,CERTAIN,王敏
            """;

    public static final String PROGRESS_BATCH_ACCEPTED = """
            {"count":2,"eventIds":["8d0e6b52-1c3f-4a7e-b2d9-0f6a4c8e1b27","c41f7a09-5e2b-4d86-a3c0-9b7e1d2f6a58"]}""";

    /** {@code GET /api/status/indicators/7?asOf=2025-06-30}: 6 of the 8.43 planned by then. */
    public static final String INDICATOR_STATUS = """
            {"indicatorId":7,"projectId":42,"name":"硬件采购（维护）数量","target":"≥17台","asOf":"2025-06-30",
             "status":"AT_RISK","actual":6,"expected":8.4301,"ratio":0.7117,"forecast":17,
             "explanation":"6 against 8.4301 expected by 2025-06-30 (target ≥17台)","daysLate":null,"note":null}""";

    /** {@code GET /api/status/projects/42?asOf=2025-06-30}: the worst indicator status, 0.45 spent at 0.50 time. */
    public static final String PROJECT_STATUS = """
            {"projectId":42,"unitCode":"573301","name":"2025年信息化运维项目","asOf":"2025-06-30",
             "status":"AT_RISK","warning":"GREEN","timeProgress":0.495890,"executionRate":0.4500,
             "score":75.09,"grade":"中","projectedScore":99.08,"projectedGrade":"优",
             "indicators":[""" + INDICATOR_STATUS + """
            ,
              {"indicatorId":8,"projectId":42,"name":"系统验收合格率","target":"≥90%","asOf":"2025-06-30",
               "status":"ON_TRACK","actual":92,"expected":90,"ratio":1.0222,"forecast":92,
               "explanation":"92 against 90 expected by 2025-06-30 (target ≥90%)","daysLate":null,"note":null},
              {"indicatorId":9,"projectId":42,"name":"系统故障修复处理时间","target":"≤4小时","asOf":"2025-06-30",
               "status":"ON_TRACK","actual":3.5,"expected":4,"ratio":null,"forecast":3.5,
               "explanation":"3.5 is within ≤4小时","daysLate":null,"note":null}]}""";

    /** {@code GET /api/status/units/573301?asOf=2025-06-30&fiscalYear=2025}. */
    public static final String UNIT_STATUS = """
            {"unitCode":"573301","fiscalYear":2025,"asOf":"2025-06-30","status":"AT_RISK","warning":"GREEN","projects":[""" + PROJECT_STATUS + "]}";

    /** {@code GET /api/status/indicators?unitCode=573301&fiscalYear=2025&status=AT_RISK&asOf=2025-06-30}. */
    public static final String INDICATOR_STATUS_PAGE =
            "{\"items\":[" + INDICATOR_STATUS + "],\"page\":0,\"size\":20,\"total\":1}";

    /** {@code GET /api/status/projects?unitCode=573301&fiscalYear=2025&status=AT_RISK&asOf=2025-06-30}. */
    public static final String PROJECT_STATUS_PAGE =
            "{\"items\":[" + PROJECT_STATUS + "],\"page\":0,\"size\":20,\"total\":1}";

    /** {@code GET /api/reports/projects/42/monitoring?asOf=2025-06-30}: 绩效监控表 through June. */
    public static final String MONITORING_REPORT = """
            {"projectId":42,"projectName":"2025年信息化运维项目","unitCode":"573301","fiscalYear":2025,
             "asOf":"2025-06-30","throughMonth":6,"budgetTotal":11.0000,"spent":4.9500,"executionRate":0.4500,
             "indicators":[
              {"indicatorId":7,"level1":"产出指标","level2":"数量指标","level3":"硬件采购（维护）数量",
               "target":"≥17台","targetValue":17,"unit":"台","status":"AT_RISK","reportAsOf":"2025-06-30",
               "actual":6,"actualText":"6台","forecast":17,"deviationCategory":"FUNDING",
               "deviationCategoryLabel":"经费保障","deviationReason":"第二批设备采购资金尚未拨付",
               "likelihood":"LIKELY","likelihoodLabel":"有可能","correctiveAction":"已申请资金拨付，第三季度完成采购"},
              {"indicatorId":8,"level1":"产出指标","level2":"质量指标","level3":"系统验收合格率",
               "target":"≥90%","targetValue":90,"unit":"%","status":"ON_TRACK","reportAsOf":"2025-06-30",
               "actual":92,"actualText":"92%","forecast":92,"deviationCategory":null,
               "deviationCategoryLabel":null,"deviationReason":null,
               "likelihood":"CERTAIN","likelihoodLabel":"确定能","correctiveAction":null},
              {"indicatorId":9,"level1":"产出指标","level2":"时效指标","level3":"系统故障修复处理时间",
               "target":"≤4小时","targetValue":4,"unit":"小时","status":"ON_TRACK","reportAsOf":"2025-06-30",
               "actual":3.5,"actualText":"3.5小时","forecast":3.5,"deviationCategory":null,
               "deviationCategoryLabel":null,"deviationReason":null,
               "likelihood":"CERTAIN","likelihoodLabel":"确定能","correctiveAction":null}]}""";

    /**
     * {@code GET /api/reports/projects/42/self-evaluation?asOf=2025-06-30}: the project declared no 效益 or 满意度
     * targets, so their 40 points go to 产出指标 (docs/rules.md, "Score"), which share 90; 预算执行率 earns 10 × 0.45.
     */
    public static final String SELF_EVALUATION_REPORT = """
            {"projectId":42,"projectName":"2025年信息化运维项目","unitCode":"573301","fiscalYear":2025,
             "asOf":"2025-06-30","budgetTotal":11.0000,"spent":4.9500,"executionRate":0.4500,
             "executionPoints":10.00,"executionScore":4.50,
             "indicators":[
              {"indicatorId":7,"level1":"产出指标","level2":"数量指标","level3":"硬件采购（维护）数量",
               "target":"≥17台","targetValue":17,"unit":"台","actual":6,"actualText":"6台",
               "points":30.00,"score":10.59,"deviationCategory":"FUNDING","deviationCategoryLabel":"经费保障",
               "deviationReason":"第二批设备采购资金尚未拨付","correctiveAction":"已申请资金拨付，第三季度完成采购",
               "scoreAssessment":null},
              {"indicatorId":8,"level1":"产出指标","level2":"质量指标","level3":"系统验收合格率",
               "target":"≥90%","targetValue":90,"unit":"%","actual":92,"actualText":"92%",
               "points":30.00,"score":30.00,"deviationCategory":null,"deviationCategoryLabel":null,
               "deviationReason":null,"correctiveAction":null,"scoreAssessment":null},
              {"indicatorId":9,"level1":"产出指标","level2":"时效指标","level3":"系统故障修复处理时间",
               "target":"≤4小时","targetValue":4,"unit":"小时","actual":3.5,"actualText":"3.5小时",
               "points":30.00,"score":30.00,"deviationCategory":null,"deviationCategoryLabel":null,
               "deviationReason":null,"correctiveAction":null,"scoreAssessment":null}],
             "totalPoints":100.00,"score":75.09,"grade":"中"}""";

    /** {@code GET /api/reports/units/573301?fiscalYear=2025&asOf=2025-06-30}. */
    public static final String UNIT_SUMMARY_REPORT = """
            {"unitCode":"573301","fiscalYear":2025,"asOf":"2025-06-30","status":"AT_RISK","warning":"GREEN",
             "budgetTotal":11.0000,"spent":4.9500,"executionRate":0.4500,
             "projects":[
              {"projectId":42,"name":"2025年信息化运维项目","fiscalYear":2025,"asOf":"2025-06-30",
               "status":"AT_RISK","budgetTotal":11.0000,"spent":4.9500,"executionRate":0.4500,"warning":"GREEN",
               "score":75.09,"grade":"中"}]}""";

    private ApiExamples() {}
}
