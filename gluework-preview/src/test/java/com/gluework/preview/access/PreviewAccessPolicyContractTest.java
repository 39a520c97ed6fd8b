package com.gluework.preview.access;

import com.gluework.core.port.AccessPolicy;
import com.gluework.core.testing.AccessPolicyContract;
import com.gluework.core.testing.FakeHost;

import java.util.Map;

/** The preview's permission table keeps the {@link AccessPolicyContract}. */
public class PreviewAccessPolicyContractTest extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
        FakeHost people = new FakeHost();
        KNOWN_USERS.forEach(user -> people.withPerson(user, user));
        return new PreviewAccessPolicy(people, Map.of(ISSUE.projectKey(),
                PreviewAccessPolicy.ProjectPermissions.restrictedTo(BROWSERS, ADMINISTRATORS)));
    }
}
