package com.gluework.ao.testing;

import com.gluework.ao.AoTableNames;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Table names as the Active Objects plugin makes them in Jira and Confluence: {@code AO_} + the last six hex digits
 * of the MD5 of the {@code <ao namespace>} + {@code _} + the {@code @Table} name, e.g. {@code AO_1B2C3D_CONTRIB}.
 * Tests and the preview use the same names as production, so the 30-character limit and raw-SQL table names are
 * exercised for real. The prefix is {@link AoTableNames#PREFIX}, the rule production's plain-SQL reads name tables by.
 */
public final class GlueWorkTableNameConverter implements TableNameConverter {
    /** {@code AO_xxxxxx_} for {@code GlueWorkEntities.NAMESPACE}. */
    public static final String PREFIX = AoTableNames.PREFIX;

    private final TableNameConverter delegate = new AtlassianTableNameConverter(name -> PREFIX + name);

    /** Public no-argument constructor: {@code @NameConverters(table = ...)} instantiates it reflectively. */
    public GlueWorkTableNameConverter() {
    }

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        return delegate.getName(entityClass);
    }

}
