/**
 * Confluence pages as glue: which pages suggest recording themselves, the "Credited:" line, and recording a page as
 * glue in Jira over the application link as the viewer ({@link com.gluework.confluence.page.JiraGlueClient}).
 */
package com.gluework.confluence.page;
