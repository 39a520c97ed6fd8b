/**
 * Central exception mapping: every failure of a REST call becomes an {@link com.gluework.web.rest.dto.ErrorDto}
 * with the right status and a sentence per field, never a stack trace. Domain exceptions keep their messages
 * (they are written for users); framework and unexpected failures get generic sentences, since their messages can
 * reveal class names or internals. Each mapper is a {@code @Provider} so REST v2's package scan finds it; other
 * hosts register {@link com.gluework.web.rest.GlueWorkRestComponents#exceptionMappers()}.
 */
package com.gluework.web.rest.error;
