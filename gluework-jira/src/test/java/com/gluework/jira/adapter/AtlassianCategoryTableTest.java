package com.gluework.jira.adapter;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import com.gluework.ao.CategoryTable;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class AtlassianCategoryTableTest {

    @Test
    @SuppressWarnings("unchecked")
    public void creation_shouldResetTheSharedReference_andReadsAndResetsShouldGoThroughIt() {
        // given: the product's cache, which may hold rows from before a plugin reload or upgrade
        CacheManager cacheManager = mock(CacheManager.class);
        CachedReference<Object> reference = mock(CachedReference.class);
        when(cacheManager.getCachedReference(eq(AtlassianCategoryTable.CACHE_NAME), any(Supplier.class), any(CacheSettings.class)))
                .thenReturn(reference);
        List<CategoryTable.Row> held = List.of();
        when(reference.get()).thenReturn(held);

        // when
        AtlassianCategoryTable table = new AtlassianCategoryTable(cacheManager, mock(ActiveObjects.class));
        List<CategoryTable.Row> rows = table.rows();
        table.reset();

        // then: reset once on start, read from the reference, reset again by the write
        var order = inOrder(reference);
        order.verify(reference).reset();
        order.verify(reference).get();
        order.verify(reference).reset();
        assertSame(held, rows);
        assertEquals("com.gluework.jira.adapter.AtlassianCategoryTable.rows", AtlassianCategoryTable.CACHE_NAME);
        verify(cacheManager).getCachedReference(eq(AtlassianCategoryTable.CACHE_NAME), any(Supplier.class), any(CacheSettings.class));
    }
}
