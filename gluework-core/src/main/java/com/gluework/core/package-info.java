/**
 * The Glue Work domain: what a glue contribution is, the rules it must satisfy and the services that
 * record and corroborate it. Pure Java: no Atlassian, Active Objects, JAX-RS, servlet or Velocity types
 * (an ArchUnit test keeps it that way), so every rule is unit-tested without a host.
 */
package com.gluework.core;
