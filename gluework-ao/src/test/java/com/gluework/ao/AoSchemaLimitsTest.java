package com.gluework.ao;

import com.gluework.ao.testing.GlueWorkTableNameConverter;
import net.java.ao.ActiveObjectsException;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Keeps every entity in {@link GlueWorkEntities#ALL} inside the limits Active Objects enforces on the strictest
 * database it supports (Oracle): identifiers of at most 30 characters including the {@code AO_xxxxxx_} prefix, no
 * reserved words, and unlimited (CLOB) strings only where a VARCHAR cannot hold the value and nothing looks it up.
 */
public class AoSchemaLimitsTest {
    private static final int MAX_IDENTIFIER = 30;

    /** Reserved in Oracle, SQL:2016, PostgreSQL, MySQL or SQL Server; AO quotes identifiers, but not every tool does. */
    private static final Set<String> RESERVED = Set.of(
            "ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "BETWEEN", "BLOB", "BY", "CASE", "CHAR", "CHECK",
            "CLOB", "COLUMN", "COMMENT", "CONSTRAINT", "CREATE", "CURRENT", "DATE", "DECIMAL", "DEFAULT", "DELETE", "DESC",
            "DISTINCT", "DROP", "ELSE", "END", "EXISTS", "FILE", "FLOAT", "FOR", "FROM", "FUNCTION", "GRANT", "GROUP",
            "HAVING", "IDENTIFIED", "IN", "INDEX", "INSERT", "INTEGER", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "KEYS",
            "LEVEL", "LIKE", "LIMIT", "LOCK", "LONG", "MODE", "NOT", "NULL", "NUMBER", "OF", "OFFSET", "ON", "OPTION",
            "OR", "ORDER", "PASSWORD", "POSITION", "PRIMARY", "PUBLIC", "RANGE", "RAW", "REFERENCES", "RESOURCE", "ROLE",
            "ROW", "ROWID", "ROWNUM", "ROWS", "SELECT", "SESSION", "SET", "SIZE", "SYSDATE", "TABLE", "THEN", "TIME",
            "TIMESTAMP", "TO", "TRIGGER", "TYPE", "UID", "UNION", "UNIQUE", "UPDATE", "USER", "USING", "VALUE", "VALUES",
            "VARCHAR", "VARCHAR2", "VIEW", "WHEN", "WHERE", "WITH", "YEAR");

    /** Each column here holds free text a 450-character VARCHAR cannot (see the entities' javadoc), and is never searched. */
    private static final Set<String> UNLIMITED_ALLOWED = Set.of(
            "CONTRIB.SUMMARY",          // 255 code points = up to 510 UTF-16 units, more than AO's 450-character VARCHAR on H2/SQL Server
            "CONTRIB.IMPACT",           // up to 2,000 code points
            "CONTRIB.EVIDENCE_LINKS",   // up to 5 links of up to 2,000 characters, one per line
            "CORROB.NOTE",              // up to 1,000 code points
            "CHANGE_FIELD.BEFORE_TEXT", // a field's earlier value: a summary, impact or evidence links, as above
            "CHANGE_FIELD.AFTER_TEXT"); // a field's new value, the same

    private final FieldNameConverter columns = new AtlassianFieldNameConverter();
    private final GlueWorkTableNameConverter tables = new GlueWorkTableNameConverter();

    @Test
    public void everyGlueWorkEntity_shouldBeWithinActiveObjectsLimits() {
        // when
        List<String> problems = GlueWorkEntities.ALL.stream().flatMap(type -> schemaProblems(type).stream()).toList();

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    public void glueWorkEntities_shouldListEveryEntityInTheEntityPackageOnce() {
        assertEquals(9, GlueWorkEntities.ALL.size());
        assertEquals(9, Set.copyOf(GlueWorkEntities.ALL).size());
        GlueWorkEntities.ALL.forEach(type -> assertEquals("com.gluework.ao.entity", type.getPackageName()));
    }

    @Test
    public void schemaProblems_ofAnEntityBreakingEveryRule_shouldNameEachProblem() {
        // when
        List<String> problems = schemaProblems(CarelessEntityWithLongName.class);

        // then
        assertTrue(problems.toString(), problems.contains("CarelessEntityWithLongName: no @Table"));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.startsWith("CarelessEntityWithLongName: table name") && p.contains("longer than 30")));
        assertTrue(problems.toString(), problems.contains("CarelessEntityWithLongName.USER: reserved word"));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.startsWith("CarelessEntityWithLongName.getAnExcessivelyLongColumnNameToo: longer than 30")));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.contains(".BODY: unlimited length not on the allowlist")));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.contains(".BODY: unlimited length cannot be indexed")));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.contains(".OWNER_ID: lookup column not @Indexed")));
    }

    private List<String> schemaProblems(Class<? extends RawEntity<?>> type) {
        List<String> problems = new ArrayList<>();
        nameOrProblem(() -> tables.getName(type), type.getSimpleName() + ": table name", problems);
        Table table = type.getAnnotation(Table.class);
        if (table == null) {
            problems.add(type.getSimpleName() + ": no @Table");
        }
        String shortName = table == null ? type.getSimpleName() : table.value();
        if (RESERVED.contains(shortName.toUpperCase())) {
            problems.add(type.getSimpleName() + ": table name is a reserved word");
        }
        Method[] methods = type.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            if (method.getName().startsWith("set") || method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String column = nameOrProblem(() -> columns.getName(method), shortName + "." + method.getName(), problems);
            String where = shortName + "." + column;
            if (RESERVED.contains(column)) {
                problems.add(type.getSimpleName() + "." + column + ": reserved word");
            }
            boolean indexed = method.isAnnotationPresent(Indexed.class) || method.isAnnotationPresent(Unique.class);
            StringLength length = method.getAnnotation(StringLength.class);
            if (length != null && length.value() == StringLength.UNLIMITED) {
                if (!UNLIMITED_ALLOWED.contains(where)) {
                    problems.add(where + ": unlimited length not on the allowlist");
                }
                if (indexed) {
                    problems.add(where + ": unlimited length cannot be indexed");
                }
            } else if (length != null && length.value() > StringLength.MAX_LENGTH) {
                problems.add(where + ": longer than AO's VARCHAR maximum " + StringLength.MAX_LENGTH);
            }
            if (column.endsWith("_ID") && !indexed) {
                problems.add(where + ": lookup column not @Indexed");
            }
        }
        return problems;
    }

    /**
     * AO's Atlassian name converters refuse names over 30 characters themselves; report that as a problem too, and
     * go on with the rest of the checks.
     */
    private static String nameOrProblem(Supplier<String> name, String what, List<String> problems) {
        try {
            String converted = name.get();
            if (converted.length() > MAX_IDENTIFIER) {
                problems.add(what + " " + converted + ": longer than " + MAX_IDENTIFIER);
            }
            return converted;
        } catch (ActiveObjectsException e) {
            problems.add(what + ": longer than " + MAX_IDENTIFIER + " (" + e.getMessage() + ")");
            return "?";
        }
    }

    /** Breaks every rule once, to prove the checks above can fail. */
    interface CarelessEntityWithLongName extends Entity {
        String getUser();

        String getAnExcessivelyLongColumnNameToo();

        @Indexed
        @StringLength(StringLength.UNLIMITED)
        String getBody();

        long getOwnerId();
    }
}
