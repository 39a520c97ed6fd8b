package com.atlassian.jira.project;

/**
 * Compile-only stand-in: a Jira project.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), checked against https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html
 * (docs/atlassian-signatures.md §7.3, status C). The real interface extends {@code Named},
 * {@code NamedWithDescription}, {@code WithId} and {@code WithKey}; Glue Work never refers to those, so the two
 * inherited members it calls are declared here directly (source-compatible for callers and mocks).
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
