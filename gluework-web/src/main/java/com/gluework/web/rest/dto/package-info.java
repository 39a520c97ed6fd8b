/**
 * JSON payloads of the REST API: records, read and written by the host's Jackson 2. Dates and instants travel as
 * ISO-8601 strings so the API does not depend on the host registering Jackson's java.time module, and a bad date
 * becomes a field error instead of an opaque parse failure.
 */
package com.gluework.web.rest.dto;
