package com.gluework.core.suggest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A link from an issue to something outside it: a Confluence page, a pull request, a web page.
 *
 * @param id              the host's id of the link (Jira's remote link id), matching the change history's
 *                        {@code RemoteIssueLink} item; empty when unknown
 * @param relationship    Jira's relationship text ("mentioned in", "Wiki Page"); empty when none
 * @param applicationType Jira's {@code application.type} ({@code com.atlassian.confluence}…); empty when none
 * @param labels          labels of the linked page where the host knows them
 * @param addedByKey      who linked it, from the change history; {@code null} when the history does not say
 * @param addedAt         when it was linked; {@code null} when unknown
 */
public record RemoteLink(String id, URI url, String title, String relationship, String applicationType,
                         List<String> labels, String addedByKey, Instant addedAt) {
    public RemoteLink {
        Objects.requireNonNull(url, "url");
        id = id == null ? "" : id;
        title = title == null ? "" : title;
        relationship = relationship == null ? "" : relationship;
        applicationType = applicationType == null ? "" : applicationType;
        labels = List.copyOf(labels == null ? List.of() : labels);
        addedByKey = addedByKey == null || addedByKey.isBlank() ? null : addedByKey;
    }

    /**
     * The address a host stored for a link, as a link's {@link #url}: {@code null} when it is blank, malformed or not
     * absolute, since such a link is no evidence anyone can follow. One reading for every host (Jira in process and
     * Jira REST), so both accept the same links.
     */
    public static URI absoluteUrl(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(stored.strip());
            return uri.getScheme() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public Optional<String> addedBy() {
        return Optional.ofNullable(addedByKey);
    }

    public Optional<Instant> added() {
        return Optional.ofNullable(addedAt);
    }

    /** The same link, credited to whoever the change history says added it. */
    public RemoteLink withAddedBy(String userKey, Instant at) {
        return new RemoteLink(id, url, title, relationship, applicationType, labels, userKey, at);
    }
}
