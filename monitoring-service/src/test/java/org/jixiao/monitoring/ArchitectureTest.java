package org.jixiao.monitoring;

import org.jixiao.testinfra.ServiceArchitecture;

/** monitoring-service keeps the package convention of docs/architecture.md ("Code layout"). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("org.jixiao.monitoring");
    }
}
