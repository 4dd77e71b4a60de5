package org.jixiao.project.projects.api;

/**
 * Examples of the project API's documentation (/q/openapi), taken from the first published 绩效目标表 (unit 573301, project
 * 2025年信息化运维项目). Each answer is exactly what the service sends for the request example before it, which
 * ApiDocumentationIT checks by sending the request examples.
 */
final class ProjectExamples {
    static final String PROJECT_REQUEST = """
            {
              "unitCode": "573301",
              "fiscalYear": 2025,
              "name": "2025年信息化运维项目",
              "budget": {"total": 11.00, "fiscal": 11.00, "other": 0},
              "purpose": "对信息化设备和网站进行维修维护，保障信息化工作正常开展。",
              "goals": [
                "项目运维的目标是确保现有的机房网络、安全、服务器以及操作系统可无阻碍运行，维护采取完全外包形式，运维周期为1年。",
                "确保天津市贸促会门户网站网络安全，不发生网络意识形态问题。"
              ]
            }
            """;

    static final String PROJECT = """
            {
              "id": 1,
              "unitCode": "573301",
              "fiscalYear": 2025,
              "name": "2025年信息化运维项目",
              "budget": {"total": 11.00, "fiscal": 11.00, "other": 0.00},
              "purpose": "对信息化设备和网站进行维修维护，保障信息化工作正常开展。",
              "goals": [
                "项目运维的目标是确保现有的机房网络、安全、服务器以及操作系统可无阻碍运行，维护采取完全外包形式，运维周期为1年。",
                "确保天津市贸促会门户网站网络安全，不发生网络意识形态问题。"
              ],
              "periodStart": "2025-01-01",
              "periodEnd": "2025-12-31",
              "version": 1
            }
            """;

    static final String PROJECT_PAGE = """
            {
              "items": [
                {
                  "id": 1,
                  "unitCode": "573301",
                  "fiscalYear": 2025,
                  "name": "2025年信息化运维项目",
                  "budget": {"total": 11.00, "fiscal": 11.00, "other": 0.00},
                  "purpose": "对信息化设备和网站进行维修维护，保障信息化工作正常开展。",
                  "goals": [
                    "项目运维的目标是确保现有的机房网络、安全、服务器以及操作系统可无阻碍运行，维护采取完全外包形式，运维周期为1年。",
                    "确保天津市贸促会门户网站网络安全，不发生网络意识形态问题。"
                  ],
                  "periodStart": "2025-01-01",
                  "periodEnd": "2025-12-31",
                  "version": 1
                }
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }
            """;

    /** An update of {@link #PROJECT}: 1.50 万元 of other funds added, and the maintenance period stated. */
    static final String PROJECT_UPDATE = """
            {
              "unitCode": "573301",
              "fiscalYear": 2025,
              "name": "2025年信息化运维项目",
              "budget": {"total": 12.50, "fiscal": 11.00, "other": 1.50},
              "purpose": "对信息化设备和网站进行维修维护，保障信息化工作正常开展。",
              "goals": [
                "项目运维的目标是确保现有的机房网络、安全、服务器以及操作系统可无阻碍运行，维护采取完全外包形式，运维周期为1年。",
                "确保天津市贸促会门户网站网络安全，不发生网络意识形态问题。"
              ],
              "periodStart": "2025-01-01",
              "periodEnd": "2025-12-31"
            }
            """;

    static final String PROJECT_UPDATED = """
            {
              "id": 1,
              "unitCode": "573301",
              "fiscalYear": 2025,
              "name": "2025年信息化运维项目",
              "budget": {"total": 12.50, "fiscal": 11.00, "other": 1.50},
              "purpose": "对信息化设备和网站进行维修维护，保障信息化工作正常开展。",
              "goals": [
                "项目运维的目标是确保现有的机房网络、安全、服务器以及操作系统可无阻碍运行，维护采取完全外包形式，运维周期为1年。",
                "确保天津市贸促会门户网站网络安全，不发生网络意识形态问题。"
              ],
              "periodStart": "2025-01-01",
              "periodEnd": "2025-12-31",
              "version": 2
            }
            """;

    private ProjectExamples() {}
}
