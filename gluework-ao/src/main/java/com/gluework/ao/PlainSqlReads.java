package com.gluework.ao;

import com.gluework.core.model.Corroboration;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that decides whether a read of {@link AoContributionRepository} runs in plain SQL on the host's
 * connections ({@link HostConnections}) or through Active Objects, shared by every such read (the issue panel's,
 * {@link IssueGlueStatement}; the sprint report's, {@link ReportGlueReads}).
 * <p>
 * The rule: with no host connections, Active Objects. Otherwise the plain statement; if the database refuses its text
 * (an SQL state of class 42, "syntax error or access rule violation": an unknown table, a privilege, a syntax this
 * database lacks) the read is logged once and made through Active Objects on this node from then on; any other
 * {@link SQLException} falls back to Active Objects for that read alone. WHY per kind of read rather than for every
 * plain read at once: each kind is its own statement text, and a refusal of one text (a syntax) says nothing certain
 * about another; a refusal that is about the tables (names, privileges) costs one failed attempt per kind, then none.
 * A failure of the host's storage itself surfaces from the host as it would from Active Objects.
 */
final class PlainSqlReads {
    /** The reads that have a plain SQL form, with what falling back costs (for the log). */
    enum Kind {
        ISSUE_PANEL("the issue panel's", "three statements instead of one"),
        SPRINT_REPORT("the sprint report's", "the same statements, with Active Objects' cost per value");

        private final String owner;
        private final String fallbackCost;

        Kind(String owner, String fallbackCost) {
            this.owner = owner;
            this.fallbackCost = fallbackCost;
        }
    }

    /** A read on a lent connection, given the names of Glue Work's tables in the host's database. */
    @FunctionalInterface
    interface Read<T> {
        T on(Connection connection, SqlNames names) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PlainSqlReads.class);

    /** {@code null} where the host lends none: every read goes through Active Objects. */
    private final HostConnections host;
    /** The kinds whose text the database refused: read through Active Objects on this node from then on. */
    private final Set<Kind> refused = ConcurrentHashMap.newKeySet();
    /** Built on first use from the connection's quoting; the same for every statement. */
    private volatile SqlNames names;

    PlainSqlReads(HostConnections host) {
        this.host = host;
    }

    /**
     * {@code read}'s result in plain SQL, or empty when the caller must read through Active Objects instead (no host
     * connections, the kind refused earlier, or this attempt failed). {@code read} may run more than once (a host may
     * retry it on a new connection), so it keeps no state outside itself.
     */
    <T> Optional<T> read(Kind kind, Read<T> read) {
        if (host == null || refused.contains(kind)) {
            return Optional.empty();
        }
        try {
            return Optional.of(host.read(connection -> read.on(connection, names(connection))));
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                if (refused.add(kind)) {
                    LOG.warn("Glue Work: the database refused {} plain SQL read; this node reads it through Active "
                            + "Objects from now on ({})", kind.owner, kind.fallbackCost, e);
                }
            } else {
                LOG.warn("Glue Work: {} plain SQL read failed; read through Active Objects instead", kind.owner, e);
            }
            return Optional.empty();
        }
    }

    private SqlNames names(Connection connection) throws SQLException {
        SqlNames known = names;
        if (known == null) {
            // JDBC answers a space when the database cannot quote identifiers
            known = new SqlNames(connection.getMetaData().getIdentifierQuoteString().trim(), host.schema());
            names = known;
        }
        return known;
    }

    /**
     * Standing corroborations by the contribution they are on, each list oldest first (then by id), as the Active
     * Objects reads order them ({@code ORDER BY CREATED_AT_MILLIS, ID}); the plain statements carry no ORDER BY.
     * Sorts {@code corroborations} in place.
     */
    static Map<Long, List<Corroboration>> oldestFirstByContribution(List<Corroboration> corroborations) {
        corroborations.sort(Comparator.comparing(Corroboration::createdAt).thenComparingLong(Corroboration::id));
        Map<Long, List<Corroboration>> byContribution = new HashMap<>();
        for (Corroboration c : corroborations) {
            byContribution.computeIfAbsent(c.contributionId(), k -> new ArrayList<>()).add(c);
        }
        return byContribution;
    }

    /** A nullable {@code BIGINT} column read by position, as Active Objects reads it into a {@code Long}. */
    static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /**
     * How Glue Work's tables and columns are written in the host's database: quoted as Active Objects creates them
     * (upper case, quoted with JDBC's {@code DatabaseMetaData.getIdentifierQuoteString}), tables named by
     * {@link AoTableNames} and qualified with the host's schema, if it names one.
     */
    record SqlNames(String quote, Optional<String> schema) {
        String table(Class<? extends RawEntity<?>> entity) {
            return schema.map(s -> s + ".").orElse("") + quoted(AoTableNames.of(entity));
        }

        /** The alias's columns, quoted, separated by commas, with {@code NULL} where a name is {@code null}. */
        String columns(String alias, String... names) {
            StringBuilder columns = new StringBuilder();
            for (String name : names) {
                if (!columns.isEmpty()) {
                    columns.append(", ");
                }
                columns.append(name == null ? "NULL" : column(alias, name));
            }
            return columns.toString();
        }

        String column(String alias, String name) {
            return alias + "." + quoted(name);
        }

        String quoted(String identifier) {
            return quote + identifier + quote;
        }
    }
}
