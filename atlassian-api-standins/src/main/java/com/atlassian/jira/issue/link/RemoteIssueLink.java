package com.atlassian.jira.issue.link;

/**
 * Compile-only stand-in: one link from a Jira issue to an object in another application (a Confluence page, a pull
 * request, a web page).
 * <p>
 * Mirrors: jira-api, {@code @PublicApi public final class RemoteIssueLink} (since 5.0), as in the public Jira 6.x
 * original source found with the {@code search} tool's code corpus (repository not named by the index): a
 * value class with a 15-argument constructor (id, issueId, globalId, title, summary, url, iconUrl, iconTitle,
 * relationship, resolved, statusIconUrl, statusIconTitle, statusIconLink, applicationType, applicationName) and plain
 * getters. The fields' meanings are Atlassian's "Using fields in Remote Issue Links" guide ("Jira 5.0 and later",
 * https://developer.atlassian.com/server/jira/platform/using-fields-in-remote-issue-links/): {@code getApplicationType()}
 * is e.g. {@code "com.atlassian.confluence"} (the class's own {@code APPLICATION_TYPE_CONFLUENCE}), the relationship
 * e.g. "mentioned in" or "Wiki Page". Jira 10/11: UNCONFIRMED (no newer source reachable). Only the getters Glue Work
 * reads, plus that public constructor, which the tests use to build real-shaped links (the class is final). A remote
 * link carries no labels and no author: who added it is in the change history ({@code RemoteIssueLink} item whose
 * new value is the link's id).
 */
public final class RemoteIssueLink {
    private final Long id;
    private final String title;
    private final String url;
    private final String relationship;
    private final String applicationType;

    public RemoteIssueLink(Long id, Long issueId, String globalId, String title, String summary, String url,
                           String iconUrl, String iconTitle, String relationship, Boolean resolved, String statusIconUrl,
                           String statusIconTitle, String statusIconLink, String applicationType,
                           String applicationName) {
        this.id = id;
        this.title = title;
        this.url = url;
        this.relationship = relationship;
        this.applicationType = applicationType;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getRelationship() {
        return relationship;
    }

    public String getApplicationType() {
        return applicationType;
    }
}
