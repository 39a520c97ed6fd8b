/** Checks that need the built plugin jar; they run under failsafe after {@code package}. */
package com.gluework.confluence.it;
