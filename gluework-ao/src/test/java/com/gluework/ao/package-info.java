/**
 * Repository contracts written once and run against every adapter: the AO repositories on H2 and on PostgreSQL
 * (real Active Objects through {@code ActiveObjectsJUnitRunner}) and core's in-memory repositories, plus the check
 * that every entity stays within Active Objects' schema limits.
 */
package com.gluework.ao;
