package com.gluework.preview.store;

import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.DefaultIndexNameConverter;
import net.java.ao.schema.DefaultSequenceNameConverter;
import net.java.ao.schema.DefaultTriggerNameConverter;
import net.java.ao.schema.DefaultUniqueNameConverter;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * The configuration {@link EntityManagerActiveObjects#open} gets from AO's builder (Atlassian-style table and column
 * names, AO's defaults for the rest), for an entity manager on a data source of our own ({@link H2SessionPool}), which
 * the builder cannot take. {@code AtlassianNamesTest} holds the two to the same names.
 */
final class AtlassianNames implements EntityManagerConfiguration {
    static final AtlassianNames CONFIGURATION = new AtlassianNames();

    private final NameConverters nameConverters = new SimpleNameConverters(new GlueWorkTableNameConverter(),
            new AtlassianFieldNameConverter(), new DefaultSequenceNameConverter(), new DefaultTriggerNameConverter(),
            new DefaultIndexNameConverter(), new DefaultUniqueNameConverter());
    private final SchemaConfiguration schemaConfiguration = new DefaultSchemaConfiguration();
    private final EntityInfoResolverFactory entityInfoResolverFactory = new CachingEntityInfoResolverFactory();

    private AtlassianNames() {
    }

    /** Required by the interface; AO 3.x keeps no entity cache, and the builder answers false too. */
    @Override
    @SuppressWarnings("deprecation")
    public boolean useWeakCache() {
        return false;
    }

    @Override
    public NameConverters getNameConverters() {
        return nameConverters;
    }

    @Override
    public SchemaConfiguration getSchemaConfiguration() {
        return schemaConfiguration;
    }

    @Override
    public EntityInfoResolverFactory getEntityInfoResolverFactory() {
        return entityInfoResolverFactory;
    }
}
