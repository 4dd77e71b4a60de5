package org.jixiao.targets.table;

import java.util.stream.Stream;

/** What each table of the two seed files must read as, written down from the files themselves. */
final class PublishedTables {

    private PublishedTables() {}

    /** What each published table must read as; rows are (line, level1, level2, 三级指标, 指标值). */
    record Expected(
            String file,
            int number,
            int line,
            String unitCode,
            String projectName,
            String total,
            int indicators,
            Row first,
            Row last) {
        @Override
        public String toString() {
            return file + " #" + number + " " + projectName;
        }
    }

    record Row(int line, String level1, String level2, String name, String target) {}

    private static final String A = SeedFiles.CCPIT;
    private static final String B = SeedFiles.FOREIGN_AFFAIRS;
    private static final String OUTPUT = "产出指标";
    private static final String SATISFACTION = "满意度指标";
    private static final String SATISFIED = "服务对象满意度指标";

    static Stream<Expected> all() {
        return Stream.of(
                new Expected(
                        A,
                        1,
                        1,
                        "573301",
                        "2025年信息化运维项目",
                        "11.00",
                        14,
                        new Row(30, OUTPUT, "数量指标", "硬件采购（维护）数量", "≥17台"),
                        new Row(109, SATISFACTION, SATISFIED, "系统使用人员满意度", "≥95%")),
                new Expected(
                        A,
                        2,
                        118,
                        "573301",
                        "2025年贸促发展运转",
                        "120.80",
                        8,
                        new Row(147, OUTPUT, "数量指标", "物业服务人员", "≥12人"),
                        new Row(189, SATISFACTION, SATISFIED, "办公人员满意度", "≥95%")),
                new Expected(
                        A,
                        3,
                        198,
                        "573301",
                        "2025年贸促发展专项",
                        "127.40",
                        10,
                        new Row(228, OUTPUT, "数量指标", "举办活动场次", "≥8场"),
                        new Row(282, SATISFACTION, SATISFIED, "参会人员满意度", "≥95%")),
                new Expected(
                        A,
                        4,
                        291,
                        "573301",
                        "2025年日本大阪世博会中国馆天津活动周",
                        "500.00",
                        10,
                        new Row(320, OUTPUT, "数量指标", "举办活动次数", "≥4次"),
                        new Row(374, SATISFACTION, SATISFIED, "参会人员满意度", "≥95%")),
                new Expected(
                        A,
                        5,
                        383,
                        "573301",
                        "2025年天津市贸促会信创工程债券付息支出",
                        "2.00",
                        10,
                        new Row(412, OUTPUT, "数量指标", "政府一般债券规模", "68.3万元"),
                        new Row(466, SATISFACTION, SATISFIED, "投资者满意度", "≥100%")),
                new Expected(
                        A,
                        6,
                        475,
                        "573301",
                        "出证认证服务",
                        "338.00",
                        12,
                        new Row(507, OUTPUT, "数量指标", "原产地证书有效签证量", "≥67400份"),
                        new Row(573, SATISFACTION, SATISFIED, "企业投诉率", "≤1%")),
                new Expected(
                        A,
                        7,
                        582,
                        "573301",
                        "公益性涉外商事法律服务",
                        "130.00",
                        16,
                        new Row(611, OUTPUT, "数量指标", "指导应用国际贸易惯例", "≥150份"),
                        new Row(701, SATISFACTION, SATISFIED, "企业满意度", "≥95%")),
                new Expected(
                        A,
                        8,
                        710,
                        "573301",
                        "天津市服务外资企业工作专班",
                        "58.80",
                        11,
                        new Row(741, OUTPUT, "数量指标", "召开座谈培训活动", "≥3场"),
                        new Row(801, SATISFACTION, SATISFIED, "外资企业满意度", "≥95%")),
                new Expected(
                        A,
                        9,
                        810,
                        "573301",
                        "消防报警系统改造项目",
                        "18.00",
                        7,
                        new Row(839, OUTPUT, "数量指标", "安装火灾报警控制系统", "1套"),
                        new Row(875, SATISFACTION, SATISFIED, "办公人员安全满意度", "≥95%")),
                new Expected(
                        B,
                        1,
                        1,
                        "302101",
                        "市外办履职保障经费",
                        "50.00",
                        9,
                        new Row(31, OUTPUT, "数量指标", "履职保障工作任务", "1个"),
                        new Row(80, SATISFACTION, SATISFIED, "履职保障对象满意度", "≥95%")),
                new Expected(
                        B,
                        2,
                        89,
                        "302101",
                        "市外办一般债券利息-2025年债券利息",
                        "1.56",
                        6,
                        new Row(119, OUTPUT, "数量指标", "产生一般债券利息的项目数量", "1个"),
                        new Row(149, SATISFACTION, SATISFIED, "服务对象满意度", "≥95%")),
                new Expected(
                        B,
                        3,
                        158,
                        "302101",
                        "天津市因公出入境服务工作经费",
                        "50.00",
                        10,
                        new Row(188, OUTPUT, "数量指标", "专职人员数量", "≥19人"),
                        new Row(242, SATISFACTION, SATISFIED, "服务对象满意度", "≥95%")),
                new Expected(
                        B,
                        4,
                        251,
                        "302101",
                        "天津市因公通行证电子化建设项目-2024一般债",
                        "78.00",
                        9,
                        new Row(281, OUTPUT, "数量指标", "网络与安全硬件购置（国产）", "4个"),
                        new Row(329, SATISFACTION, SATISFIED, "办理服务对象满意度", "≥95%")),
                new Expected(
                        B,
                        5,
                        334,
                        "302101",
                        "外事工作经费",
                        "1585.00",
                        13,
                        new Row(363, OUTPUT, "数量指标", "服务国家总体外交和对外交流合作", "≥80批次"),
                        new Row(436, SATISFACTION, SATISFIED, "活动参与者满意度", "≥95%")),
                new Expected(
                        B,
                        6,
                        446,
                        "302101",
                        "因公电子护照系统日常维护费",
                        "40.90",
                        9,
                        new Row(475, OUTPUT, "数量指标", "硬件维护数量", "≥10个"),
                        new Row(523, SATISFACTION, SATISFIED, "使用人员满意度", "≥95%")));
    }
}
