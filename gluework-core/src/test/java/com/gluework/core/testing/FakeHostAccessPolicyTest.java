package com.gluework.core.testing;

import com.gluework.core.port.AccessPolicy;

/** The fake host keeps the {@link AccessPolicyContract} the real hosts keep. */
public class FakeHostAccessPolicyTest extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
        FakeHost host = new FakeHost().withIssue(ISSUE);
        KNOWN_USERS.forEach(user -> host.withPerson(user, user));
        KNOWN_USERS.stream().filter(user -> !BROWSERS.contains(user)).forEach(user -> host.hidingProjectFrom(user, ISSUE.projectKey()));
        ADMINISTRATORS.forEach(host::withProjectAdmin);
        return host;
    }
}
