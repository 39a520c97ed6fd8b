package com.gluework.bench;

import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A busy issue's activity for every issue, built in memory (the host's read is not what is measured): 200 history
 * items — reassignments between teammates, status changes through "Blocked", description edits — and 50 comments, among
 * them hand-off notes and answers while blocked, so the rules find suggestions on every issue.
 */
final class BenchActivity implements IssueActivitySource {
    private static final Instant START = Instant.parse("2026-10-01T09:00:00Z");
    private static final String[] TEAM = {"ana", "ben", "cleo", "dev", "eli", "fay"};

    @Override
    public Optional<IssueActivity> findActivity(IssueRef issue) {
        List<HistoryItem> history = new ArrayList<>();
        List<IssueComment> comments = new ArrayList<>();
        long salt = issue.id();
        for (int i = 0; i < 50; i++) {
            Instant at = START.plusSeconds(3_600L * 6 * i);
            String from = TEAM[(int) ((salt + i) % TEAM.length)];
            String to = TEAM[(int) ((salt + i + 1) % TEAM.length)];
            history.add(new HistoryItem(from, at, "assignee", from, from, to, to));
            history.add(new HistoryItem(to, at.plusSeconds(600), "status", "3", "In Progress", "10", "Blocked"));
            history.add(new HistoryItem(to, at.plusSeconds(7_200), "status", "10", "Blocked", "3", "In Progress"));
            history.add(new HistoryItem(from, at.plusSeconds(60), "description", null, "Old text",
                    null, "Old text with acceptance criteria: given a payout, when it fails, then it is retried " + i));
            comments.add(new IssueComment(String.valueOf(i), i % 2 == 0 ? from : TEAM[(int) ((salt + i + 3) % TEAM.length)],
                    at.minusSeconds(900), i % 2 == 0
                    ? "Handing over to [~" + to + "]: the retry job is half done, notes are in the runbook section three."
                    : "The sandbox credentials are in the team vault under payments, use the staging profile for it.", null));
        }
        return Optional.of(new IssueActivity(issue, "Story", TEAM[(int) (salt % TEAM.length)], null, history, comments,
                List.of(), null));
    }

    @Override
    public List<IssueActivity> recentActivity(Instant since, int limit) {
        return List.of();
    }
}
