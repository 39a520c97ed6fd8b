/**
 * Specifications of the sprint glue-wins report: one test class per calculator, property tests over seeded random
 * inputs, and tests driven by real Jira Agile API and changelog responses from the repository's testdata (third-party captures).
 */
package com.gluework.core.report;
