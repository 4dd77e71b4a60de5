package org.jixiao.project.projects;

import java.math.BigDecimal;

/** A project's budget as stated (万元): 预算数 = 财政资金 + 其他资金; fiscal and other may be left out. */
public record ProjectBudget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {}
