/**
 * Personal data (issue 11): what Glue Work stores about a person and how it follows a change of their user key.
 *
 * <p>Glue Work stores people by user key only, never by name (see {@link com.gluework.core.model.FieldChange}). When
 * Jira anonymizes a user it changes their key (for example to {@code JIRAUSER10100}); every stored key, including the
 * ones inside composite unique values and history entries, must follow, or the old key (which can be the username)
 * stays in the database. {@link com.gluework.core.privacy.UserKeyChange} holds the pure rewriting rules;
 * {@link com.gluework.core.privacy.PersonalDataStore} is the port a storage adapter implements to count and rewrite.
 */
package com.gluework.core.privacy;
