/**
 * Glue Work for Confluence: for now a descriptor and wiring skeleton that compiles and passes the same descriptor
 * checks as the Jira plugin. {@link com.gluework.confluence.ComponentImports} lists the imported host services; the
 * sprint summary macro itself (reading Jira over Application Links) is a later issue.
 */
package com.gluework.confluence;
