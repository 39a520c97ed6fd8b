package com.gluework.ao;

import com.gluework.core.port.ContributionRepository;
import com.gluework.core.testing.InMemoryContributionRepository;

/** Core's in-memory adapter must honour the same contract as the AO one, or unit tests elsewhere would lie. */
public class InMemoryContributionRepositoryTest extends ContributionRepositoryContract {
    private final InMemoryContributionRepository repository = new InMemoryContributionRepository();

    @Override
    protected ContributionRepository repository() {
        return repository;
    }
}
