/**
 * Jira adapters for the core ports ({@code IssueSource}, {@code AccessPolicy}, {@code PeopleDirectory},
 * {@code CurrentUser}, {@code IssueActivitySource} for the suggestions: change history, comments, remote links): each
 * translates Jira services into domain values and holds no rules of its own. {@link AtlassianCategoryTable} holds the
 * stored categories in Jira's cluster-wide cache for the issue panel.
 */
package com.gluework.jira.adapter;
