package org.jixiao.project.projects;

import java.util.List;

/** One page of projects and how many match the filters on all pages. */
public record ProjectsPage(List<Project> items, long total) {}
