package org.jixiao.testinfra.archfixture.cyclic.a;

import org.jixiao.testinfra.archfixture.cyclic.b.B;

/** Half of a deliberate package cycle (a → b → a) that ArchitectureRulesTest expects to be caught. */
public class A {
    B partner;
}
