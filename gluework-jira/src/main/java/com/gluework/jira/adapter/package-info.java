/**
 * Jira adapters for the core ports ({@code IssueSource}, {@code AccessPolicy}, {@code PeopleDirectory},
 * {@code CurrentUser}, {@code IssueActivitySource} for the suggestions: change history, comments, remote links): each
 * translates Jira services into domain values and holds no rules of its own.
 */
package com.gluework.jira.adapter;
