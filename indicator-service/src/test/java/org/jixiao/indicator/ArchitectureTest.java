package org.jixiao.indicator;

import org.jixiao.testinfra.ServiceArchitecture;

/** indicator-service keeps the package convention of docs/architecture.md ("Code layout"). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("org.jixiao.indicator");
    }
}
