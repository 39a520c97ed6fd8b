/**
 * In-memory adapters of the core ports and test-data builders, shared with other modules' tests through the
 * core test-jar. The in-memory repository is also run through the repository contract, so it behaves like the real one.
 */
package com.gluework.core.testing;
