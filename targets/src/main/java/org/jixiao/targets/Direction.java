package org.jixiao.targets;

/** Which side of the target value is good. Monitoring decides "met or not" from this, not from the comparator. */
public enum Direction {
    HIGHER_BETTER,
    LOWER_BETTER,
    EXACT
}
