/**
 * Jira adapters for the core ports ({@code IssueSource}, {@code AccessPolicy}, {@code PeopleDirectory},
 * {@code CurrentUser}): each translates one Jira service into domain values and holds no rules of its own.
 */
package com.gluework.jira.adapter;
