package com.gluework.ao.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where to reach one PostgreSQL database: what {@code --jdbc-url}, {@code --jdbc-user} and {@code --jdbc-password}
 * take, and what {@link EntityManagerActiveObjects#open} takes.
 */
public record PostgresDatabase(String url, String user, String password) {

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The same server and credentials, another database on it. */
    PostgresDatabase withDatabaseName(String name) {
        return new PostgresDatabase(replaceDatabaseName(url, name), user, password);
    }

    /** {@code jdbc:postgresql://host:port/db?options} with {@code db} replaced, options kept. */
    static String replaceDatabaseName(String url, String name) {
        int hosts = url.indexOf("//");
        int slash = hosts < 0 ? -1 : url.indexOf('/', hosts + 2);
        if (slash < 0) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }
}
