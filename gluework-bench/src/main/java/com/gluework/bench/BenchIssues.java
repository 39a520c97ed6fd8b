package com.gluework.bench;

import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueSource;

import java.util.Optional;

/**
 * The dataset's issues {@code BENCH-1…BENCH-n}, worked out from the key or id instead of stored: a lookup costs what
 * Jira's cached issue lookup roughly does (nothing measurable), whereas {@code FakeHost} scans all its issues to find
 * one by id, 100,000 of them at 1m, on every corroboration: a cost of the fake that would be measured as Glue Work's.
 */
final class BenchIssues implements IssueSource {
    private static final String KEY_PREFIX = BenchDataset.PROJECT_KEY + "-";

    private final int issues;

    BenchIssues(int issues) {
        this.issues = issues;
    }

    @Override
    public Optional<IssueRef> findIssue(String issueKey) {
        if (issueKey == null || !issueKey.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return issue(Integer.parseInt(issueKey.substring(KEY_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<IssueRef> findIssueById(long issueId) {
        long n = issueId - BenchDataset.issueId(0);
        return n > Integer.MAX_VALUE ? Optional.empty() : issue((int) n);
    }

    private Optional<IssueRef> issue(int n) {
        return n < 1 || n > issues ? Optional.empty() : Optional.of(ref(n));
    }

    /** Issue {@code BENCH-n} as the host describes it (the sprint source hands out the same references). */
    static IssueRef ref(int n) {
        String key = BenchDataset.issueKey(n);
        return new IssueRef(BenchDataset.issueId(n), key, BenchDataset.PROJECT_ID, BenchDataset.PROJECT_KEY,
                "Summary of " + key);
    }
}
