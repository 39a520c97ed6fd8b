package com.gluework.core.testing;

import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueSource;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/**
 * What every {@link IssueSource} answers alike: run against the fake here, the preview's Jira REST reader and the
 * Jira adapter (over doubles shaped like Jira's API).
 */
public abstract class IssueSourceContract {
    protected static final IssueRef GW_1 = new IssueRef(10001, "GW-1", 10000, "GW", "Retry failed payouts");
    protected static final IssueRef GW_2 = new IssueRef(10002, "GW-2", 10000, "GW", "Batch payouts");

    /** A source holding exactly these issues. */
    protected abstract IssueSource sourceOf(List<IssueRef> issues);

    private IssueSource source() {
        return sourceOf(List.of(GW_1, GW_2));
    }

    @Test
    public void findIssue_shouldAnswerTheIssueWithItsProjectAndSummary() {
        assertEquals(Optional.of(GW_2), source().findIssue("GW-2"));
    }

    @Test
    public void findIssueById_shouldAnswerTheSameIssue() {
        assertEquals(Optional.of(GW_1), source().findIssueById(10001));
    }

    @Test
    public void unknownKeysAndIds_shouldFindNothing() {
        assertEquals(Optional.empty(), source().findIssue("GW-99"));
        assertEquals(Optional.empty(), source().findIssueById(99999));
    }

    @Test
    public void blankOrMissingKeys_shouldFindNothingWithoutFailing() {
        assertEquals(Optional.empty(), source().findIssue(""));
        assertEquals(Optional.empty(), source().findIssue("  "));
        assertEquals(Optional.empty(), source().findIssue(null));
    }
}
