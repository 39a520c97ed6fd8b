package com.atlassian.query;

/**
 * Compile-only stand-in: a parsed JQL query, passed from {@code SearchService.parseQuery} to {@code search…}.
 * <p>
 * Mirrors: atlassian-query as used by jira-api 11.3 (Platform 8) (docs/atlassian-signatures.md §7.14,
 * where every search method takes a {@code com.atlassian.query.Query}). An interface in Jira; Glue Work only passes it
 * along, so no members are declared.
 */
public interface Query {
}
