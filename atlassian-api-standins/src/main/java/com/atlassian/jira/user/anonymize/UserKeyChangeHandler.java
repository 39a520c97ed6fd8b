package com.atlassian.jira.user.anonymize;

/**
 * Compile-only stand-in: called when Jira changes a user's key, e.g. to {@code JIRAUSER10100} while anonymizing.
 * <p>
 * Mirrors: jira-api 11.3, docs/atlassian-signatures.md §7.18 (C): {@code AuditEntryKeyChangeHandler} "All Implemented
 * Interfaces: AnonymizationHandler&lt;UserPropertyChangeParameter&gt;, UserKeyChangeHandler"
 * (https://docs.atlassian.com/jira-software/10.4.0/com/atlassian/greenhopper/anonymization/AuditEntryKeyChangeHandler.html).
 * Declared in atlassian-plugin.xml as {@code <user-key-change-handler key=".." class=".."/>} (Atlassian's answer in
 * https://community.developer.atlassian.com/t/server-gdpr-timeline-and-questions/29935).
 */
public interface UserKeyChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter> {
}
