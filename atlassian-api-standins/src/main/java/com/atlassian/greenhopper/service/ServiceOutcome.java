package com.atlassian.greenhopper.service;

/**
 * Compile-only stand-in: Jira Software's own service result (a value, or validation errors) — NOT
 * {@code com.atlassian.jira.bc.ServiceOutcome}.
 * <p>
 * Mirrors: Jira Software 11.x (docs/atlassian-signatures.md §9.5, status P). {@code boolean isValid()} is in
 * the 6.x javadoc (https://docs.atlassian.com/jira-software/6.3.2.1/com/atlassian/greenhopper/service/ServiceOutcome.html)
 * and {@code T get()} is what a public plugin built against Jira Software 8 calls on it (repo
 * atlascommunity/jira-plugins-groovy: src/main/java/ru/mail/jira/plugins/groovy/impl/jsw/JiraSoftwareHelperImpl.java,
 * {@code outcome.isValid()} then {@code outcome.get()}). 6.x also had {@code T getValue()}; whether it survives in 11.x
 * is UNCONFIRMED, so Glue Work uses the newer {@code get()}. Only the members Glue Work calls.
 */
public interface ServiceOutcome<T> {

    boolean isValid();

    T get();
}
