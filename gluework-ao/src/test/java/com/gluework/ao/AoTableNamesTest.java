package com.gluework.ao;

import com.gluework.ao.testing.GlueWorkTableNameConverter;
import net.java.ao.RawEntity;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class AoTableNamesTest {

    @Test
    public void prefixFor_shouldGiveAtlassiansDocumentedExample() {
        // "How are database tables named?": plugin key com.atlassian.example.ao.myplugin -> AO_28BE2D_MY_OBJECT
        assertEquals("AO_28BE2D_", AoTableNames.prefixFor("com.atlassian.example.ao.myplugin"));
    }

    @Test
    public void of_shouldNameEveryEntitysTableAsActiveObjectsOwnConverterDoes() {
        GlueWorkTableNameConverter activeObjects = new GlueWorkTableNameConverter();
        for (Class<? extends RawEntity<?>> entity : GlueWorkEntities.ALL) {
            assertEquals(entity.getName(), activeObjects.getName(entity), AoTableNames.of(entity));
        }
    }
}
