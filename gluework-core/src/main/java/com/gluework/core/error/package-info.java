/**
 * Domain exceptions. Each maps to one HTTP status in the web layer and carries field-level messages a user
 * can act on; none carries a stack trace to the user.
 */
package com.gluework.core.error;
