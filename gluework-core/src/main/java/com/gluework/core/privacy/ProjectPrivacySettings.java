package com.gluework.core.privacy;

import java.time.Instant;

/** Each project's {@link PerPersonVisibility}, stored; a project never set is {@link PerPersonVisibility#EVERYONE}. */
public interface ProjectPrivacySettings {

    PerPersonVisibility perPersonVisibility(long projectId);

    /** Stores the project's setting, recording who changed it and when (last change wins). */
    void setPerPersonVisibility(long projectId, PerPersonVisibility visibility, String changedByKey, Instant at);

    /** Every project at the default, for hosts and tests that store no setting. */
    ProjectPrivacySettings DEFAULTS = new ProjectPrivacySettings() {
        @Override
        public PerPersonVisibility perPersonVisibility(long projectId) {
            return PerPersonVisibility.EVERYONE;
        }

        @Override
        public void setPerPersonVisibility(long projectId, PerPersonVisibility visibility, String changedByKey, Instant at) {
            throw new UnsupportedOperationException("this host stores no privacy settings");
        }
    };
}
