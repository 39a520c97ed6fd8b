/**
 * REST resources under {@code /rest/gluework/1.0} (the host mounts the base path): one class per noun, each method
 * parsing its input, calling one {@link com.gluework.core.service.ContributionService} method and mapping the result
 * to a DTO or a rendered view. Permission rules live in the service; the REST v2 access annotations are only the
 * coarse outer gate. Errors are thrown, never built here: {@link com.gluework.web.rest.error} maps them.
 */
package com.gluework.web.rest;
