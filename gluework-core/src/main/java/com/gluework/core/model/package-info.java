/**
 * Immutable values of the domain: contributions, corroborations, categories, people and issues as Glue Work
 * sees them. Only user keys are stored, never names or e-mail addresses, so renames and GDPR anonymisation
 * touch nothing here.
 */
package com.gluework.core.model;
