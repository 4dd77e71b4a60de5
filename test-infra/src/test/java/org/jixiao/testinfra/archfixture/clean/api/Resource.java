package org.jixiao.testinfra.archfixture.clean.api;

import org.jixiao.testinfra.archfixture.clean.rules.PureRule;

/** An edge class that depends inward only. */
public class Resource {
    public int answer() {
        return new PureRule().twice(21);
    }
}
