/**
 * {@link com.gluework.jira.descriptor.DescriptorChecks}: static checks of a built plugin jar against its
 * {@code atlassian-plugin.xml}, and {@link com.gluework.jira.descriptor.BuiltPluginJarContract}, the checks every plugin's
 * descriptor IT runs with them; published in gluework-jira's test-jar so gluework-confluence runs the same checks.
 */
package com.gluework.jira.descriptor;
