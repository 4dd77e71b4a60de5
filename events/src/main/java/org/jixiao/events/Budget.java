package org.jixiao.events;

import java.math.BigDecimal;

/** A project's budget in 万元: 预算数, 其中财政资金, 其他资金. */
public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {}
