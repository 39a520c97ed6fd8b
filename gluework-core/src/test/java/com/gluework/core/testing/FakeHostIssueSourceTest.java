package com.gluework.core.testing;

import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueSource;

import java.util.List;

/** The fake host keeps the {@link IssueSourceContract} the real hosts keep. */
public class FakeHostIssueSourceTest extends IssueSourceContract {
    @Override
    protected IssueSource sourceOf(List<IssueRef> issues) {
        FakeHost host = new FakeHost();
        issues.forEach(host::withIssue);
        return host;
    }
}
