package com.gluework.ao;

import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.privacy.PersonalDataCount;
import com.gluework.core.privacy.ProjectPrivacySettings;
import com.gluework.core.privacy.UserKeyChange;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** What {@link AoProjectPrivacySettings} must do on every database. */
public abstract class ProjectPrivacySettingsContract {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    protected abstract ProjectPrivacySettings settings();

    protected abstract AoPersonalDataStore personalData();

    @Test
    public void perPersonVisibility_shouldDefaultToEveryoneAndKeepTheLastSavePerProject() {
        // given
        assertEquals(PerPersonVisibility.EVERYONE, settings().perPersonVisibility(10000));

        // when
        settings().setPerPersonVisibility(10000, PerPersonVisibility.PROJECT_ADMINS, "alice", T0);
        settings().setPerPersonVisibility(10001, PerPersonVisibility.PROJECT_ADMINS, "alice", T0);
        settings().setPerPersonVisibility(10000, PerPersonVisibility.EVERYONE, "bob", T0.plusSeconds(1));

        // then
        assertEquals(PerPersonVisibility.EVERYONE, settings().perPersonVisibility(10000));
        assertEquals(PerPersonVisibility.PROJECT_ADMINS, settings().perPersonVisibility(10001));
        assertEquals(PerPersonVisibility.EVERYONE, settings().perPersonVisibility(10002));
    }

    @Test
    public void changedByKey_shouldBePersonalDataTheKeyChangeFollows() {
        // given
        settings().setPerPersonVisibility(10000, PerPersonVisibility.PROJECT_ADMINS, "alice", T0);

        // when
        personalData().changeUserKey(new UserKeyChange("alice", "JIRAUSER1"), () -> { });

        // then
        assertEquals(List.of(), personalData().rowsNaming("alice"));
        assertEquals(List.of(new PersonalDataCount("projectSettings", 1, 1)), personalData().rowsNaming("JIRAUSER1"));
        assertEquals(PerPersonVisibility.PROJECT_ADMINS, settings().perPersonVisibility(10000));
    }
}
