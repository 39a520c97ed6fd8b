/**
 * Ports: what the domain needs from the outside world, named in the domain's words. Each host supplies
 * adapters named after itself ({@code Jira…}, {@code JiraRest…}, {@code Ao…}); tests use in-memory ones.
 */
package com.gluework.core.port;
