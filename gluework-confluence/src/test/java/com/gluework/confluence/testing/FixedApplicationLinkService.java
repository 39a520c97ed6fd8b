package com.gluework.confluence.testing;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;

import java.util.List;

/** A set of Jira application links fixed at construction (possibly none); the first primary one is the primary. */
public final class FixedApplicationLinkService implements ApplicationLinkService {
    private final List<ApplicationLink> jiraLinks;

    public FixedApplicationLinkService(List<? extends ApplicationLink> jiraLinks) {
        this.jiraLinks = List.copyOf(jiraLinks);
    }

    @Override
    public Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type) {
        return type == JiraApplicationType.class ? jiraLinks : List.of();
    }

    @Override
    public ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type) {
        return type != JiraApplicationType.class ? null
                : jiraLinks.stream().filter(ApplicationLink::isPrimary).findFirst().orElse(null);
    }
}
