package com.gluework.preview.pages;

import com.gluework.core.model.Person;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.service.ContributionService;
import com.gluework.preview.jirarest.JiraIssue;
import com.gluework.preview.jirarest.JiraRestException;
import com.gluework.preview.jirarest.JiraRestIssueSource;
import com.gluework.preview.jirarest.JiraRestPeopleDirectory;
import com.gluework.preview.jirarest.JiraRestSprintSource;
import com.gluework.preview.jirarest.JiraSprint;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.IssuePanelViewFactory;
import com.gluework.web.view.ViewRenderer;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the preview's issue page. Visibility follows the same rule as the REST API — the page exists only for
 * viewers the {@link AccessPolicy} lets browse the issue, and an unknown and a hidden issue look the same — and the
 * Glue Work panel is rendered by gluework-web's factory and template, as Jira's web panel renders it.
 */
public final class IssuePageViewFactory {
    /** A live project can hold tens of thousands of issues; the list shows the first ones in key order. */
    private static final int LISTED_ISSUES_PER_PROJECT = 200;
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final JiraRestIssueSource issues;
    private final JiraRestPeopleDirectory people;
    private final JiraRestSprintSource sprints;
    private final long boardId;
    private final List<String> listedProjects;
    private final AccessPolicy access;
    private final ContributionService contributions;
    private final IssuePanelViewFactory panels;
    private final ViewRenderer renderer;
    private final ZoneId zone;
    private final Optional<URI> liveJiraUrl;
    /** Who gets the "Glue Work admin" link in the frame. */
    private final java.util.function.Predicate<String> administrators;

    /** On the demo team: the frame has the user switcher. */
    public IssuePageViewFactory(JiraRestIssueSource issues, JiraRestPeopleDirectory people, JiraRestSprintSource sprints,
                                long boardId, List<String> listedProjects, AccessPolicy access, ContributionService contributions,
                                IssuePanelViewFactory panels, ViewRenderer renderer, ZoneId zone) {
        this(issues, people, sprints, boardId, listedProjects, access, contributions, panels, renderer, zone, Optional.empty());
    }

    /**
     * @param listedProjects projects whose issues the navigation list shows (besides the viewed issue's own)
     * @param zone           the zone dates are shown in
     * @param liveJiraUrl    the live Jira read, if any: its frame names it and has no user switcher
     */
    public IssuePageViewFactory(JiraRestIssueSource issues, JiraRestPeopleDirectory people, JiraRestSprintSource sprints,
                                long boardId, List<String> listedProjects, AccessPolicy access, ContributionService contributions,
                                IssuePanelViewFactory panels, ViewRenderer renderer, ZoneId zone, Optional<URI> liveJiraUrl) {
        this(issues, people, sprints, boardId, listedProjects, access, contributions, panels, renderer, zone, liveJiraUrl,
                key -> false);
    }

    private IssuePageViewFactory(JiraRestIssueSource issues, JiraRestPeopleDirectory people, JiraRestSprintSource sprints,
                                 long boardId, List<String> listedProjects, AccessPolicy access, ContributionService contributions,
                                 IssuePanelViewFactory panels, ViewRenderer renderer, ZoneId zone, Optional<URI> liveJiraUrl,
                                 java.util.function.Predicate<String> administrators) {
        this.administrators = administrators;
        this.liveJiraUrl = liveJiraUrl;
        this.issues = issues;
        this.people = people;
        this.sprints = sprints;
        this.boardId = boardId;
        this.listedProjects = List.copyOf(listedProjects);
        this.access = access;
        this.contributions = contributions;
        this.panels = panels;
        this.renderer = renderer;
        this.zone = zone;
    }

    /** The same pages, whose frame links the admin page for the people {@code isAdministrator} names (issue 11). */
    public IssuePageViewFactory withAdministrators(java.util.function.Predicate<String> isAdministrator) {
        return new IssuePageViewFactory(issues, people, sprints, boardId, listedProjects, access, contributions, panels,
                renderer, zone, liveJiraUrl, isAdministrator);
    }

    /** Never fails on a live Jira: a page explaining that Jira is down needs its frame too. */
    public FrameView frame(Optional<String> viewer) {
        if (liveJiraUrl.isPresent()) {
            return FrameView.live(viewer.map(this::nameOrKey).orElse(""), liveJiraUrl.get().toString())
                    .withAdministrator(viewer.filter(administrators).isPresent());
        }
        List<FrameView.UserOptionView> options = people.listPeople().stream().filter(Person::active)
                .map(p -> new FrameView.UserOptionView(p.key(), p.displayName(), viewer.map(p.key()::equals).orElse(false)))
                .toList();
        return new FrameView(options, viewer.map(this::nameOf).orElse(""))
                .withAdministrator(viewer.filter(administrators).isPresent());
    }

    /** @return empty when the issue is unknown or the viewer may not browse it */
    public Optional<IssuePageView> create(String issueKey, Optional<String> viewer) {
        Optional<JiraIssue> found = issues.findIssueDetails(issueKey).filter(i -> i.key().equals(issueKey));
        if (found.isEmpty() || !access.canBrowse(viewer, found.get().ref())) {
            return Optional.empty();
        }
        JiraIssue issue = found.get();
        // One read of the issue's glue serves the panel's list and its "Possible glue", as on the panel endpoint.
        ContributionService.PanelRead read = contributions.readForPanel(viewer, issue.key());
        String panelHtml = renderer.render(IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY, panels.create(read, viewer)));
        return Optional.of(new IssuePageView(frame(viewer), issue.key(), issue.summary(), orEmpty(issue.issueTypeName()),
                issue.projectKey(), orEmpty(issue.projectName()), issue.statusName(), issue.statusCategoryKey(),
                issue.assigneeKey() == null ? "Unassigned" : nameOf(issue.assigneeKey()),
                issue.reporterKey() == null ? "" : nameOf(issue.reporterKey()), sprintNameOf(issue),
                shown(issue.created()), shown(issue.resolved()), description(issue), issueList(issue, viewer),
                history(issue), panelHtml));
    }

    private List<IssuePageView.IssueLinkView> issueList(JiraIssue current, Optional<String> viewer) {
        Set<String> projects = new LinkedHashSet<>(listedProjects);
        projects.add(current.projectKey());
        List<IssuePageView.IssueLinkView> links = new ArrayList<>();
        for (String project : projects) {
            issues.findProjectIssues(project, LISTED_ISSUES_PER_PROJECT).stream()
                    .filter(i -> access.canBrowse(viewer, i.ref()))
                    .forEach(i -> links.add(new IssuePageView.IssueLinkView(i.key(), i.summary(), i.statusName(), i.key().equals(current.key()))));
        }
        return links;
    }

    private List<IssuePageView.HistoryRowView> history(JiraIssue issue) {
        return issue.statusChanges().stream()
                .map(c -> new IssuePageView.HistoryRowView(c.authorKey() == null ? "" : nameOf(c.authorKey()), shown(c.at()),
                        orEmpty(c.fromText()), orEmpty(c.toText())))
                .toList();
    }

    /** The latest sprint's name as the issue's sprint field gives it, else as the board lists it. */
    private String sprintNameOf(JiraIssue issue) {
        if (issue.sprints().isEmpty()) {
            return "";
        }
        JiraSprint latest = issue.latestSprint().orElseThrow();
        if (latest.name() != null && !latest.name().isBlank()) {
            return latest.name();
        }
        return sprints.findBoardSprints(boardId).stream().filter(s -> s.id() == latest.id()).map(JiraSprint::name).findFirst()
                .orElse("Sprint " + latest.id());
    }

    /** The description as Jira shows it to a reader: plain text (the template escapes it; wiki markup is not rendered). */
    private static String description(JiraIssue issue) {
        return issue.description();
    }

    private String nameOrKey(String userKey) {
        try {
            return nameOf(userKey);
        } catch (JiraRestException e) {
            return userKey;
        }
    }

    private String nameOf(String userKey) {
        return people.findPerson(userKey).map(Person::displayName).orElse(userKey);
    }

    private String shown(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(zone).format(SHOWN_TIME);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
