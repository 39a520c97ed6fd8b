package com.gluework.ao;

import com.gluework.core.port.CategoryRepository;
import com.gluework.core.testing.InMemoryCategoryRepository;

/** Core's in-memory adapter must honour the same contract as the AO one, or unit tests elsewhere would lie. */
public class InMemoryCategoryRepositoryTest extends CategoryRepositoryContract {
    private final InMemoryCategoryRepository repository = new InMemoryCategoryRepository();

    @Override
    protected CategoryRepository repository() {
        return repository;
    }

    @Override
    protected CategoryRepository anotherRepositoryOnSameStore() {
        return new InMemoryCategoryRepository();
    }
}
