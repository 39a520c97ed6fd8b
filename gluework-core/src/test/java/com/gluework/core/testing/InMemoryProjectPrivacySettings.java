package com.gluework.core.testing;

import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.privacy.ProjectPrivacySettings;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Projects' privacy settings in memory, by project id, as the AO adapter stores them. */
public final class InMemoryProjectPrivacySettings implements ProjectPrivacySettings {
    private final Map<Long, PerPersonVisibility> byProject = new ConcurrentHashMap<>();

    @Override
    public PerPersonVisibility perPersonVisibility(long projectId) {
        return byProject.getOrDefault(projectId, PerPersonVisibility.EVERYONE);
    }

    @Override
    public void setPerPersonVisibility(long projectId, PerPersonVisibility visibility, String changedByKey, Instant at) {
        byProject.put(projectId, visibility);
    }
}
