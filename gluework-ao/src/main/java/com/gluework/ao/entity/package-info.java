/**
 * Active Objects entities: the storage shape of contributions, their beneficiaries, corroborations and change
 * history, and the categories. They never leave {@code com.gluework.ao}; the repositories map rows to core records first.
 * <p>
 * Shared rules, checked by {@code AoSchemaLimitsTest}: every entity has a short explicit {@code @Table} name (the full
 * {@code AO_xxxxxx_NAME} stays within 30 characters), column names avoid SQL reserved words, every lookup column is
 * {@code @Indexed}, and unlimited (CLOB/TEXT) strings are used only for free text that can exceed what a VARCHAR holds
 * on every database, never for a column anything looks up by.
 */
package com.gluework.ao.entity;
