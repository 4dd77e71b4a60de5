package org.jixiao.monitoring.reports;

/** Example answers shown in the OpenAPI document (the figures are consistent with each other). */
final class ReportExamples {
    static final String MONITORING = """
            {"projectId":42,"projectName":"智慧校园建设","unitCode":"573301","fiscalYear":2025,"asOf":"2025-06-30",
             "throughMonth":6,"budgetTotal":100.00,"spent":45.00,"executionRate":0.4500,
             "indicators":[{"indicatorId":7,"level1":"产出指标","level2":"数量指标","level3":"新增设备",
              "target":"≥17台","targetValue":17,"unit":"台","status":"ON_TRACK","reportAsOf":"2025-06-30",
              "actual":8,"actualText":"8台","forecast":16,"deviationCategory":"STAFF",
              "deviationCategoryLabel":"人员保障","deviationReason":"安装人员不足","likelihood":"LIKELY",
              "likelihoodLabel":"有可能","correctiveAction":"增派安装人员"}]}""";

    static final String SELF_EVALUATION = """
            {"projectId":42,"projectName":"智慧校园建设","unitCode":"573301","fiscalYear":2025,"asOf":"2025-12-31",
             "budgetTotal":100.00,"spent":45.00,"executionRate":0.4500,"executionPoints":10.00,"executionScore":4.50,
             "indicators":[{"indicatorId":7,"level1":"产出指标","level2":"数量指标","level3":"新增设备",
              "target":"≥17台","targetValue":17,"unit":"台","actual":8,"actualText":"8台","points":50.00,
              "score":23.53,"deviationCategory":"STAFF","deviationCategoryLabel":"人员保障",
              "deviationReason":"安装人员不足","correctiveAction":"增派安装人员"}],
             "totalPoints":60.00,"score":28.03,"grade":"差"}""";

    static final String UNIT_SUMMARY = """
            {"unitCode":"573301","fiscalYear":2025,"asOf":"2025-06-30","status":"ON_TRACK","warning":"GREEN",
             "budgetTotal":100.00,"spent":45.00,"executionRate":0.4500,
             "projects":[{"projectId":42,"name":"智慧校园建设","fiscalYear":2025,"asOf":"2025-06-30",
              "status":"ON_TRACK","budgetTotal":100.00,"spent":45.00,"executionRate":0.4500,"warning":"GREEN",
              "score":28.03,"grade":"差"}]}""";

    private ReportExamples() {}
}
