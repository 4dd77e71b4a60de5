package org.jixiao.testinfra.archfixture.impure.rules;

import java.sql.Connection;

/** A rule class that does I/O: ArchitectureRulesTest expects it to be caught. */
public class QueryingRule {
    Connection connection;
}
