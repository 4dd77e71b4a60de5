package org.jixiao.project.projects;

/** A transaction changed this project's row: cached answers drop it once the transaction has ended. */
public record ProjectChanged(long projectId) {}
