/**
 * Host adapters that read Jira's REST API (the {@code /rest/api/2} and {@code /rest/agile/1.0} JSON shapes) and
 * answer Glue Work's ports with it. The same readers work on a snapshot of documents on disk (the demo team) and on
 * a live Jira reached with a personal access token; only the {@link com.gluework.preview.jirarest.JiraRest}
 * transport differs. On a live Jira the boards are the ones Jira lists for the token's owner
 * ({@link com.gluework.preview.jirarest.JiraRestBoardSource}), the owner is the only user
 * ({@link com.gluework.preview.jirarest.JiraRestTokenOwner}), and every failure is a
 * {@link com.gluework.preview.jirarest.JiraRestException} naming the Jira. Sprint fields in both of Jira's forms are read
 * by the pure {@link com.gluework.preview.jirarest.JiraSprintFieldParser}. Everything here is read-only. On a snapshot,
 * whose documents never change, the readers keep what they read from each document
 * ({@link com.gluework.preview.jirarest.ReadOnce}); on a live Jira they read every answer anew.
 */
package com.gluework.preview.jirarest;
