package com.gluework.preview.store;

import com.gluework.ao.GlueWorkEntities;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import net.java.ao.RawEntity;
import net.java.ao.schema.NameConverters;
import org.junit.Test;

import java.lang.reflect.Method;

import static org.junit.Assert.assertEquals;

/** The preview's own entity managers on H2 name tables and columns exactly as the builder's do (and so the AO tests). */
public class AtlassianNamesTest {
    @Test
    public void configuration_shouldNameEveryTableAndColumnAsTheBuilderDoes() {
        // given
        NameConverters ours = AtlassianNames.CONFIGURATION.getNameConverters();
        try (EntityManagerActiveObjects builders = EntityManagerActiveObjects.open("jdbc:h2:mem:names-" + System.nanoTime(), "sa", "")) {
            NameConverters theirs = builders.entityManager().getNameConverters();

            // then
            for (Class<? extends RawEntity<?>> entity : GlueWorkEntities.ALL) {
                assertEquals(theirs.getTableNameConverter().getName(entity), ours.getTableNameConverter().getName(entity));
                for (Method method : entity.getMethods()) {
                    if (method.getName().startsWith("get") && method.getParameterCount() == 0) {
                        assertEquals(entity.getSimpleName() + "." + method.getName(),
                                theirs.getFieldNameConverter().getName(method), ours.getFieldNameConverter().getName(method));
                    }
                }
            }
            assertEquals(theirs.getSequenceNameConverter().getClass(), ours.getSequenceNameConverter().getClass());
            assertEquals(theirs.getTriggerNameConverter().getClass(), ours.getTriggerNameConverter().getClass());
            assertEquals(theirs.getIndexNameConverter().getClass(), ours.getIndexNameConverter().getClass());
            assertEquals(theirs.getUniqueNameConverter().getClass(), ours.getUniqueNameConverter().getClass());
        }
    }
}
