/**
 * Jira's web glue: the issue panel's context provider, the sprint report's servlet and page, and the Atlassian Template
 * Renderer adapter. Thin by design: parse the host's input, call one service, hand a view model to a template.
 */
package com.gluework.jira.web;
