package com.gluework.ao;

import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.port.CategoryRepository;
import org.junit.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** What every {@link CategoryRepository} must do, whatever stores it. Subclasses supply the adapter. */
public abstract class CategoryRepositoryContract {

    /** The adapter under test, on a store holding the default categories (as a new installation's upgrade task leaves it). */
    protected abstract CategoryRepository repository();

    /** A second, independent adapter instance over the same store (another cluster node, or a restart). */
    protected abstract CategoryRepository anotherRepositoryOnSameStore();

    @Test
    public void findAll_onNewInstallation_shouldListTheDefaultCategoriesInDisplayOrder() {
        // given
        List<Category> expected = DefaultCategories.all().stream().sorted(Comparator.comparingInt(Category::order)).toList();

        // when
        List<Category> found = repository().findAll();

        // then
        assertEquals(expected, found);
    }

    @Test
    public void findByKey_shouldReturnEveryField() {
        // given
        Category review = DefaultCategories.all().stream().filter(c -> c.key().equals("review")).findFirst().orElseThrow();

        // when / then
        assertEquals(review, repository().findByKey("review").orElseThrow());
    }

    @Test
    public void findByKey_ofUnknownKey_shouldBeEmpty() {
        assertTrue(repository().findByKey("no-such-category").isEmpty());
    }

    @Test
    public void findAll_repeatedAndFromAnotherInstance_shouldListTheSameCategories() {
        // given
        repository().findAll();

        // when
        List<Category> again = repository().findAll();
        List<Category> fromAnother = anotherRepositoryOnSameStore().findAll();

        // then
        assertEquals(DefaultCategories.all().size(), again.size());
        assertEquals(again, fromAnother);
    }
}
