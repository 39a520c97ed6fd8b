package com.atlassian.activeobjects.external;

/**
 * Compile-only stand-in: a data upgrade the Active Objects plugin runs, once, when the model version it has stored for
 * the plugin's {@code <ao>} module is older than {@link #getModelVersion()}. Tasks are listed as {@code <upgradeTask>}
 * elements of the {@code <ao>} module and run in model-version order.
 * <p>
 * Mirrors: AO 2.0.1 apidocs
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html ,
 * still implemented the same way by Jira Software 11.1's {@code AOUpgradeTask001}
 * (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/upgrade/AOUpgradeTask001.html);
 * docs/atlassian-signatures.md §1.2, status C. Neither method declares a checked exception.
 */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
