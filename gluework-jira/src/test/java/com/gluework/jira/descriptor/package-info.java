/**
 * {@link com.gluework.jira.descriptor.DescriptorChecks}: static checks of a built plugin jar against its
 * {@code atlassian-plugin.xml}, published in gluework-jira's test-jar so gluework-confluence runs the same checks.
 */
package com.gluework.jira.descriptor;
