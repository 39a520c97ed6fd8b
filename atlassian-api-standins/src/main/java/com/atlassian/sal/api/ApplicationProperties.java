package com.atlassian.sal.api;

/**
 * Compile-only stand-in: SAL's facts about the product instance; Glue Work reads the base URL, to link an issue's page
 * from the evidence of a suggestion. In Jira it is imported as {@code salApplicationProperties}, because Jira has an
 * {@code ApplicationProperties} of its own ({@code com.atlassian.jira.config.properties}).
 * <p>
 * Mirrors: SAL of Platform 8, docs/atlassian-signatures.md §2.7, status C ({@code @Nonnull String getBaseUrl(UrlMode
 * urlMode)}, seen in Bamboo 10.0.1's implementer
 * https://docs.atlassian.com/atlassian-bamboo/10.0.1/com/atlassian/sal/bamboo/BambooApplicationProperties.html). No
 * checked exception. Only the member Glue Work calls.
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
