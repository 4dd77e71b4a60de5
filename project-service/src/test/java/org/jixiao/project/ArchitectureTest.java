package org.jixiao.project;

import org.jixiao.testinfra.ServiceArchitecture;

/** project-service keeps the package convention of docs/architecture.md ("Code layout"). */
class ArchitectureTest extends ServiceArchitecture {
    ArchitectureTest() {
        super("org.jixiao.project");
    }
}
