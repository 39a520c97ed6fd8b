package com.gluework.core.suggest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code review: the issue has a pull request (a remote link to one, or its address in a comment) and someone other
 * than the assignee says in a comment that they reviewed or approved it. A request for review ("could you review?")
 * is not a review, and neither is the pull request's own author announcing it, so the person who linked the pull
 * request is never credited by this rule. Without a pull request in sight, "approved" is too often about something
 * else (a budget, a design, a holiday) to suggest anything; and even with one, "approved" counts only when the
 * comment names the change (the PR, the diff), since a product owner "approved the copy" on the same issue.
 */
public final class CodeReviewRules implements SuggestionRule {
    public static final String RULE = "review.comment";
    private static final Pattern PULL_REQUEST_URL = Pattern.compile(
            "https?://[^\\s\\]|\"<>]+/(pull|pull-requests|merge_requests)/\\d+[^\\s\\]|\"<>]*");
    /** Words only a code review uses. */
    private static final Pattern APPROVAL = Pattern.compile(
            "(?is)\\b(LGTM|looks good to me|requested changes|request(ed)? some changes|ship ?it)\\b");
    /** Words a review uses but so do other approvals ("approved the copy"): they need the change named too. */
    private static final Pattern APPROVED = Pattern.compile("(?is)\\bapproved\\b");
    private static final Pattern REVIEWED = Pattern.compile("(?is)\\b(reviewed|review comments|left (some )?comments on)\\b");
    private static final Pattern CHANGE_WORDS = Pattern.compile("(?is)\\b(PR|pull request|merge request|MR|diff|patch|change ?set)\\b");
    private static final Pattern REQUEST = Pattern.compile(
            "(?is)\\b((can|could|would|will) (you|someone|somebody|anyone|one of you)\\b[^.!?]*\\breview|please review|review please|needs? (a )?review|ready for review|waiting for (a )?review)\\b");

    @Override
    public List<GlueSuggestion> suggest(IssueActivity activity) {
        List<URI> pullRequests = pullRequests(activity);
        if (pullRequests.isEmpty()) {
            return List.of();
        }
        List<String> linkers = activity.remoteLinks().stream()
                .filter(l -> PULL_REQUEST_URL.matcher(l.url().toString()).matches())
                .flatMap(l -> l.addedBy().stream()).toList();
        AssigneeTimeline assignees = activity.assigneeTimeline();
        List<GlueSuggestion> suggestions = new ArrayList<>();
        for (IssueComment comment : activity.comments()) {
            if (comment.author().isEmpty() || linkers.contains(comment.authorKey())
                    || assignees.mayBeAssigneeAt(comment.authorKey(), comment.at())) {
                continue;
            }
            String body = comment.body();
            boolean namesTheChange = CHANGE_WORDS.matcher(body).find() || firstPullRequestIn(body).isPresent();
            boolean approval = APPROVAL.matcher(body).find() || APPROVED.matcher(body).find() && namesTheChange;
            boolean reviewed = REVIEWED.matcher(body).find() && namesTheChange;
            if (!(approval || reviewed) || REQUEST.matcher(body).find() || ActivityText.isOnlyAQuestion(body)) {
                continue;
            }
            URI pullRequest = firstPullRequestIn(body).orElse(pullRequests.get(0));
            SuggestionConfidence confidence = namesTheChange
                    ? SuggestionConfidence.high("Someone other than the assignee says in a comment that they "
                    + (approval ? "approved" : "reviewed") + " the pull request.")
                    : SuggestionConfidence.medium("Someone other than the assignee wrote "
                    + (approval ? "an approval" : "about a review") + " on an issue with a pull request; the comment does "
                    + "not name the pull request.");
            suggestions.add(new GlueSuggestion(activity.issue(), comment.authorKey(), "review",
                    "Reviewed the pull request for " + activity.issue().key(),
                    List.of(new SuggestionEvidence(approval ? "Approved it in a comment" : "Reported a review in a comment",
                                    comment.at(), comment.linkToIt().orElse(activity.issueUrl())),
                            new SuggestionEvidence("The pull request", comment.at(), pullRequest)),
                    confidence, RULE));
        }
        return suggestions;
    }

    private static List<URI> pullRequests(IssueActivity activity) {
        List<URI> found = new ArrayList<>();
        activity.remoteLinks().stream().map(RemoteLink::url)
                .filter(u -> PULL_REQUEST_URL.matcher(u.toString()).matches()).forEach(found::add);
        activity.comments().forEach(c -> firstPullRequestIn(c.body()).ifPresent(found::add));
        return found;
    }

    private static Optional<URI> firstPullRequestIn(String text) {
        Matcher m = PULL_REQUEST_URL.matcher(text);
        while (m.find()) {
            try {
                return Optional.of(URI.create(m.group()));
            } catch (IllegalArgumentException notAUri) {
                // a malformed address in free text is simply not evidence
            }
        }
        return Optional.empty();
    }
}
