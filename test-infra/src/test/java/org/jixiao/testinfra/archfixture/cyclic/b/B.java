package org.jixiao.testinfra.archfixture.cyclic.b;

import org.jixiao.testinfra.archfixture.cyclic.a.A;

/** The other half of the deliberate cycle. */
public class B {
    A partner;
}
