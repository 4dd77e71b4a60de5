package org.jixiao.testinfra.archfixture.clean.rules;

/** A pure rule: arithmetic only. */
public class PureRule {
    public int twice(int value) {
        return 2 * value;
    }
}
