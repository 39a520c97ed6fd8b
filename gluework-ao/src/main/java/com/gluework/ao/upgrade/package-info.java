/**
 * Active Objects upgrade tasks: versioned data changes the AO plugin runs once per model version (listed as
 * {@code <upgradeTask>} in each plugin's {@code <ao>} module), and {@link com.gluework.ao.upgrade.ModelUpgrades}, which
 * runs them the same way on hosts without the AO plugin (the preview, benchmarks, tests).
 */
package com.gluework.ao.upgrade;
