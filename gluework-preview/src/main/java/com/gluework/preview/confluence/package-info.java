/**
 * A Confluence-like space in the preview: pages kept in Confluence's storage format, rendered with the REAL
 * Confluence macro class over a preview implementation of the application-link API that calls the preview's own REST
 * API over HTTP as the signed-in user — plus a "misbehaving Jira" for the macro's failure messages.
 */
package com.gluework.preview.confluence;
