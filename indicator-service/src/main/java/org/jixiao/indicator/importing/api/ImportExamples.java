package org.jixiao.indicator.importing.api;

/**
 * Examples of the import API in the documentation (/q/openapi): table 1 of the first published 绩效目标表 in its text
 * layout, shortened to six rows, and the answers its import gets. The import id is the file's content hash, so it is
 * the one this very text gets (ImportExamplesTest checks both).
 */
final class ImportExamples {
    /** The text layout of the seed files: a cell is a tab-indented line, a blank line ends a row. */
    static final String TEXT = """
            1.2025年信息化运维项目绩效目标表
            \t573301中国国际贸易促进委员会天津市分会
            \t单位：万元

            \t项目名称
            \t2025年信息化运维项目

            \t预算规模及资金用途
            \t预算数
            \t11.00
            \t其中：财政    资金
            \t11.00
            \t其他资金
            \t

            \t
            \t对信息化设备和网站进行维修维护，保障信息化工作正常开展。

            \t绩效目标
            \t1.项目运维的目标是确保现有的机房网络、安全、服务器以及操作系统可无阻碍运行，并提供给使用者快速、安全、稳定的应用体验，维护采取完全外包形式，运维周期为1年，即2025年1月1日到2025年12月31日。确保天津市贸促会门户网站网络安全，不发生网络意识形态问题。



            \t一级指标
            \t二级指标
            \t三级指标
            \t绩效指标描述
            \t指标值

            \t产出指标
            \t数量指标
            \t硬件采购（维护）数量
            \t硬件采购（维护）数量
            \t≥17台

            \t
            \t质量指标
            \t系统验收合格率
            \t系统验收合格率
            \t≥90%

            \t
            \t时效指标
            \t系统故障修复处理时间
            \t系统故障修复处理时间
            \t≤4小时

            \t
            \t成本指标
            \t硬件设备
            \t硬件设备维保费
            \t2.2万元

            \t效益指标
            \t社会效益指标
            \t公共主页点击量
            \t公共主页点击量
            \t≥39万次

            \t满意度指标
            \t服务对象满意度指标
            \t系统使用人员满意度
            \t系统使用人员满意度
            \t≥95%

            """;

    static final String SUMMARY = """
            {
              "importId": "4198543748a754075f3d3c14998e2490c2ac3bceb2a9fd40e9b923b558ce4262",
              "tables": [
                {
                  "table": 1,
                  "unitCode": "573301",
                  "projectId": 1,
                  "projectName": "2025年信息化运维项目",
                  "outcome": "CREATED",
                  "indicators": 6
                }
              ]
            }
            """;

    static final String PENDING = """
            {"importId": "4198543748a754075f3d3c14998e2490c2ac3bceb2a9fd40e9b923b558ce4262", "status": "PENDING"}
            """;

    /** The state of an import project-service has not answered yet. */
    static final String PENDING_STATE = """
            {"importId": "4198543748a754075f3d3c14998e2490c2ac3bceb2a9fd40e9b923b558ce4262", "status": "PENDING", "errors": []}
            """;

    static final String COMPLETED = """
            {
              "importId": "4198543748a754075f3d3c14998e2490c2ac3bceb2a9fd40e9b923b558ce4262",
              "status": "COMPLETED",
              "tables": [
                {
                  "table": 1,
                  "unitCode": "573301",
                  "projectId": 1,
                  "projectName": "2025年信息化运维项目",
                  "outcome": "CREATED",
                  "indicators": 6
                }
              ]
            }
            """;

    static final String REJECTED = """
            {
              "importId": "4198543748a754075f3d3c14998e2490c2ac3bceb2a9fd40e9b923b558ce4262",
              "status": "REJECTED",
              "errors": [
                "table 1: project '2025年信息化运维项目' of unit 573301 in 2025 is already registered with another budget (预算数 12.5)"
              ]
            }
            """;

    private ImportExamples() {}
}
