package com.gluework.preview.jirarest;

import com.gluework.core.model.Person;

import java.net.URI;
import java.util.Optional;

/**
 * Who the personal access token belongs to ({@code /rest/api/2/myself}): on a live Jira the preview acts as this user
 * and nobody else, because every other name there is a real person's. Asked lazily and remembered once Jira answered,
 * so a preview started while Jira was down finds its user as soon as Jira is back.
 */
public final class JiraRestTokenOwner {
    private final JiraRest jira;
    private final URI jiraUrl;
    private volatile Person owner;

    public JiraRestTokenOwner(JiraRest jira, URI jiraUrl) {
        this.jira = jira;
        this.jiraUrl = jiraUrl;
    }

    /**
     * @throws JiraRestException Jira cannot say (down, slow, token refused), or the URL has no {@code /myself}: every
     *                           Jira answers it for a valid token, so a 404 means the URL is not a Jira's base URL
     */
    public Person require() {
        Person known = owner;
        if (known != null) {
            return known;
        }
        Person found = jira.get("/rest/api/2/myself")
                .filter(me -> JiraRestJson.userKey(me) != null && !JiraRestJson.userKey(me).isBlank())
                .map(JiraRestPeopleDirectory::toPerson)
                .orElseThrow(() -> new JiraRestException(JiraRestException.Failure.NOT_A_JIRA, "Jira at " + jiraUrl
                        + " did not name the token's owner at /rest/api/2/myself. Check --jira-url: it must be Jira's base URL, context path"
                        + " included (e.g. https://jira.example.com/jira).", null));
        owner = found;
        return found;
    }

    /** The owner if Jira has already named them; never asks Jira (for pages that must render while Jira is down). */
    public Optional<Person> known() {
        return Optional.ofNullable(owner);
    }

    public URI jiraUrl() {
        return jiraUrl;
    }
}
