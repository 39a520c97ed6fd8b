/**
 * Confluence's own small REST API ({@code /rest/gluework/1.0} in Confluence): it forwards the browser's requests to
 * Jira's Glue Work REST API over the application link AS THE VIEWER, so the page action's dialog and the macro
 * browser's pickers never talk to Jira directly (no CORS, no second login) and see exactly what Jira lets the viewer
 * see. Confluence stores nothing.
 */
package com.gluework.confluence.rest;
