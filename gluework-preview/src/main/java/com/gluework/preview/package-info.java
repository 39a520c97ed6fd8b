/**
 * The preview host: runs Glue Work without Jira. {@link com.gluework.preview.PreviewMain} parses the command line,
 * {@link com.gluework.preview.PreviewApplication} is the one composition root that wires the same core, web and
 * Active Objects code the Jira plugin uses onto Jetty 12 and Jersey 3, with host data read from Jira REST JSON.
 * A developer host, never shipped: its logins are fake by design (see {@link com.gluework.preview.http.DemoLogins}).
 */
package com.gluework.preview;
