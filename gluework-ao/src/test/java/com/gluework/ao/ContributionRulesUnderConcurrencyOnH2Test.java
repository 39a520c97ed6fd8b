package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects;

/**
 * {@link ContributionRulesUnderConcurrencyContract} on H2: two connection pools on one named in-memory database,
 * with multi-version concurrency as H2 1.4's MVStore gives it.
 */
public class ContributionRulesUnderConcurrencyOnH2Test extends ContributionRulesUnderConcurrencyContract {
    private final String url = "jdbc:h2:mem:races" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    @Override
    protected EntityManagerActiveObjects openNode() {
        return EntityManagerActiveObjects.open(url, "sa", "");
    }
}
