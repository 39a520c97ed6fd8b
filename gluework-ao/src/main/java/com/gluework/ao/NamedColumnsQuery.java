package com.gluework.ao;

import net.java.ao.Query;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Query#select(String)} for reads that name their columns, with each column's name parsed once for the JVM's
 * life instead of on every statement. WHY: Active Objects parses every selected column with regular expressions
 * (its alias, then an aggregate function) each time it renders a statement and again when it maps the result's
 * columns — three matches per column per statement, the largest single cost of the panel's reads in the JVM (JFR,
 * issue 13: about 15% of a panel render, for 30-odd columns over five statements). The parse depends on the column's
 * text alone and its result is immutable, so remembering it changes nothing but the time; the columns are this
 * module's constants, so the memory is a few dozen entries.
 * <p>
 * Only the two parsing methods are overridden; the SQL is still rendered by Active Objects, per database, on every
 * statement. On an Active Objects version without them, these methods are simply not called and nothing changes.
 */
final class NamedColumnsQuery extends Query {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Optional<String>> ALIASES = new ConcurrentHashMap<>();
    private static final Map<String, FieldMetadata> FIELDS = new ConcurrentHashMap<>();

    private NamedColumnsQuery(String columns) {
        super(QueryType.SELECT, columns);
    }

    /** @param columns comma-separated column names, as for {@link Query#select(String)} */
    static Query selecting(String columns) {
        return new NamedColumnsQuery(columns);
    }

    @Override
    protected Optional<String> getAlias(String field) {
        return ALIASES.computeIfAbsent(field, super::getAlias);
    }

    @Override
    protected FieldMetadata getSingleFieldMetadata(String field) {
        return FIELDS.computeIfAbsent(field, super::getSingleFieldMetadata);
    }
}
