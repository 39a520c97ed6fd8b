package com.gluework.ao.testing;

import com.gluework.ao.GlueWorkEntities;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Table names as the Active Objects plugin makes them in Jira and Confluence: {@code AO_} + the last six hex digits
 * of the MD5 of the {@code <ao namespace>} + {@code _} + the {@code @Table} name, e.g. {@code AO_1B2C3D_CONTRIB}.
 * Tests and the preview use the same names as production, so the 30-character limit and raw-SQL table names are
 * exercised for real.
 */
public final class GlueWorkTableNameConverter implements TableNameConverter {
    /** {@code AO_xxxxxx_} for {@link GlueWorkEntities#NAMESPACE}. */
    public static final String PREFIX = prefixFor(GlueWorkEntities.NAMESPACE);

    private final TableNameConverter delegate = new AtlassianTableNameConverter(name -> PREFIX + name);

    /** Public no-argument constructor: {@code @NameConverters(table = ...)} instantiates it reflectively. */
    public GlueWorkTableNameConverter() {
    }

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        return delegate.getName(entityClass);
    }

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
