/**
 * Glue Work's part in Jira's user anonymization (issue 11): the extension points Jira calls while an admin anonymizes
 * a user (https://confluence.atlassian.com/jiracore/dev-docs-anonymizing-users-983503081.html).
 *
 * <p>Jira runs {@link com.gluework.jira.privacy.GlueWorkUserAnonymizationHandler} first, with the user's current key, then
 * {@link com.gluework.jira.privacy.GlueWorkUserKeyChangeHandler} with the old and the anonymized key. Both are thin:
 * they translate Jira's parameters and progress reporting to {@link com.gluework.core.privacy.PersonalDataStore},
 * whose Active Objects adapter does the work in batches.
 */
package com.gluework.jira.privacy;
