package com.gluework.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The names the Active Objects plugin gives Glue Work's tables, for reads in plain SQL ({@link HostConnections}).
 * Atlassian documents the rule ("How are database tables named?",
 * https://developer.atlassian.com/display/DOCS/Table+names): {@code AO_}, then the last six hex digits of the MD5 of
 * the {@code <ao namespace>} (here {@link GlueWorkEntities#NAMESPACE}), then {@code _} and the upper-case table name —
 * the {@code @Table} value, which for every Glue Work entity is already upper case with underscores. The tests and
 * the preview create their tables with Active Objects' own converter under the same rule and compare the two.
 */
public final class AoTableNames {
    /** {@code AO_xxxxxx_} for {@link GlueWorkEntities#NAMESPACE}. */
    public static final String PREFIX = prefixFor(GlueWorkEntities.NAMESPACE);

    private AoTableNames() {
    }

    /** The table of an entity, unquoted, e.g. {@code AO_1B2C3D_CONTRIB}. */
    public static String of(Class<? extends RawEntity<?>> entity) {
        Table table = entity.getAnnotation(Table.class);
        if (table == null) {
            throw new IllegalArgumentException(entity.getName() + " has no @Table name");
        }
        return PREFIX + table.value().toUpperCase(Locale.ROOT);
    }

    /** {@code AO_} + the last six hex digits, upper case, of the MD5 of {@code namespace} + {@code _}. */
    public static String prefixFor(String namespace) {
        try {
            String hex = HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8)));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }
}
