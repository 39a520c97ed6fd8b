/**
 * Working implementations of the Confluence host services the macro uses — application links that make real HTTP
 * requests, an expiring in-memory cache manager, a Velocity template renderer that escapes like Atlassian Template
 * Renderer — for the macro's tests and for the preview's Confluence-like space (published as this module's test-jar,
 * as gluework-web publishes its test renderer).
 */
package com.gluework.confluence.testing;
