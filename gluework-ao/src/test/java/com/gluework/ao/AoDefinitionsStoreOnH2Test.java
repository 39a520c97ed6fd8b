package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects;

/** {@link AoDefinitionsStoreContract} on H2: two connection pools on one named in-memory database. */
public class AoDefinitionsStoreOnH2Test extends AoDefinitionsStoreContract {
    private final String url = "jdbc:h2:mem:definitions" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    @Override
    protected EntityManagerActiveObjects openNode() {
        return EntityManagerActiveObjects.open(url, "sa", "");
    }
}
