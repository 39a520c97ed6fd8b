/**
 * One test class per signal rule, each a specification of what the rule credits and what it deliberately leaves
 * alone, and the suggester's merging and filtering; {@code ActivityBuilder} writes the issue histories they read.
 */
package com.gluework.core.suggest;
