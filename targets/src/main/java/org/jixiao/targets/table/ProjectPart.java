package org.jixiao.targets.table;

import java.util.List;

/** The part of a table above the indicator header, as read by {@link ProjectPartReader}. */
record ProjectPart(
        String unitCode,
        String unitName,
        String projectName,
        String total,
        String fiscal,
        String other,
        String purpose,
        List<String> goals) {}
