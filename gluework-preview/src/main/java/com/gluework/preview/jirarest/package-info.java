/**
 * Host adapters that read Jira's REST API (the {@code /rest/api/2} and {@code /rest/agile/1.0} JSON shapes) and
 * answer Glue Work's ports with it. The same readers work on a snapshot of documents on disk (the demo team) and on
 * a live Jira reached with a personal access token; only the {@link com.gluework.preview.jirarest.JiraRest}
 * transport differs. Everything here is read-only.
 */
package com.gluework.preview.jirarest;
