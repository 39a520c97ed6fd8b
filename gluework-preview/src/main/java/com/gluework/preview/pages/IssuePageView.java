package com.gluework.preview.pages;

import java.util.List;

/**
 * The issue page: Jira's issue header and details, the issue list to navigate, and the Glue Work panel already
 * rendered by gluework-web's template ({@link #getPanelHtml()} — the only unescaped value, produced by an escaping
 * renderer itself).
 */
public final class IssuePageView {
    public static final String TEMPLATE = "templates/preview/issue-page.vm";

    private final FrameView frame;
    private final String issueKey;
    private final String summary;
    private final String typeName;
    private final String projectKey;
    private final String projectName;
    private final String statusName;
    private final String statusCategoryKey;
    private final String assigneeName;
    private final String reporterName;
    private final String sprintName;
    private final String created;
    private final String resolved;
    private final String description;
    private final List<IssueLinkView> issues;
    private final List<HistoryRowView> history;
    private final String panelHtml;

    public IssuePageView(FrameView frame, String issueKey, String summary, String typeName, String projectKey, String projectName,
                         String statusName, String statusCategoryKey, String assigneeName, String reporterName, String sprintName,
                         String created, String resolved, String description, List<IssueLinkView> issues,
                         List<HistoryRowView> history, String panelHtml) {
        this.frame = frame;
        this.issueKey = issueKey;
        this.summary = summary;
        this.typeName = typeName;
        this.projectKey = projectKey;
        this.projectName = projectName;
        this.statusName = statusName;
        this.statusCategoryKey = statusCategoryKey;
        this.assigneeName = assigneeName;
        this.reporterName = reporterName;
        this.sprintName = sprintName;
        this.created = created;
        this.resolved = resolved;
        this.description = description;
        this.issues = List.copyOf(issues);
        this.history = List.copyOf(history);
        this.panelHtml = panelHtml;
    }

    public FrameView getFrame() {
        return frame;
    }

    /** The browser title, as Jira writes it: {@code [GW-1] Summary}. */
    public String getTitle() {
        return "[" + issueKey + "] " + summary;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getSummary() {
        return summary;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getStatusName() {
        return statusName;
    }

    /** AUI's lozenge for Jira's status category: grey for to do, blue for in progress, green for done. */
    public String getStatusLozengeClass() {
        return switch (statusCategoryKey) {
            case "done" -> "aui-lozenge-success";
            case "indeterminate" -> "aui-lozenge-inprogress";
            default -> "aui-lozenge-subtle";
        };
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getSprintName() {
        return sprintName;
    }

    public String getCreated() {
        return created;
    }

    public String getResolved() {
        return resolved;
    }

    public String getDescription() {
        return description;
    }

    public List<IssueLinkView> getIssues() {
        return issues;
    }

    public List<HistoryRowView> getHistory() {
        return history;
    }

    public String getPanelHtml() {
        return panelHtml;
    }

    /** An entry of the issue list. */
    public static final class IssueLinkView {
        private final String key;
        private final String summary;
        private final String statusName;
        private final boolean current;

        public IssueLinkView(String key, String summary, String statusName, boolean current) {
            this.key = key;
            this.summary = summary;
            this.statusName = statusName;
            this.current = current;
        }

        public String getKey() {
            return key;
        }

        public String getSummary() {
            return summary;
        }

        public String getStatusName() {
            return statusName;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    /** One status change of the issue's history. */
    public static final class HistoryRowView {
        private final String authorName;
        private final String when;
        private final String from;
        private final String to;

        public HistoryRowView(String authorName, String when, String from, String to) {
            this.authorName = authorName;
            this.when = when;
            this.from = from;
            this.to = to;
        }

        public String getAuthorName() {
            return authorName;
        }

        public String getWhen() {
            return when;
        }

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }
    }
}
