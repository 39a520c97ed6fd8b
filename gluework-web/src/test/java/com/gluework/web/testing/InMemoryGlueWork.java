package com.gluework.web.testing;

import com.gluework.core.model.Category;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.service.ContributionService;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.core.service.MyGlueService;
import com.gluework.core.testing.InMemoryWeeklyNoteRepository;
import com.gluework.core.service.PeopleService;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.core.testing.InMemoryPacketAuditLog;
import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.rest.ContributionDtoAssembler;
import com.gluework.web.rest.ContributionResource;
import com.gluework.web.rest.CorroborationsResource;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.rest.IssueContributionsResource;
import com.gluework.web.rest.IssuePanelResource;
import com.gluework.web.rest.PeopleResource;
import com.gluework.web.view.ContributionHistoryViewFactory;
import com.gluework.web.view.IssuePanelViewFactory;
import com.gluework.web.view.ViewRenderer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The whole web stack over core's in-memory adapters and a fixed clock: issues {@code GW-1}, {@code GW-2} and
 * {@code SEC-1} (which {@code bob} may not browse), people alice, bob, carol and dave, the default categories.
 */
public final class InMemoryGlueWork {
    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    public final FakeHost host = new FakeHost()
            .withIssue(10001, "GW-1").withIssue(10002, "GW-2").withIssue(20001, "SEC-1")
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder")
            .withPerson("carol", "Carol Reviewer").withPerson("dave", "Dave Docs")
            .hidingProjectFrom("bob", "SEC");
    public final InMemoryContributionRepository store = new InMemoryContributionRepository();
    public final InMemoryCategoryRepository categories;
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final SwitchableCurrentUser currentUser = new SwitchableCurrentUser();
    public final ContributionService service;
    public final PeopleService peopleService;
    public final ContributionDtoAssembler dtos;
    public final IssuePanelViewFactory views;
    public final ContributionHistoryViewFactory histories;
    public final ViewRenderer renderer;
    public final InMemoryPacketAuditLog packetAuditLog = new InMemoryPacketAuditLog();
    public final EvidencePacketService packets;
    public final InMemoryWeeklyNoteRepository notes = new InMemoryWeeklyNoteRepository();
    public final MyGlueService myGlue;

    public InMemoryGlueWork() {
        this(DefaultCategories.all());
    }

    public InMemoryGlueWork(List<Category> categoryList) {
        this.categories = new InMemoryCategoryRepository(categoryList);
        this.service = new ContributionService(store, categories, host, host, host, clock);
        this.peopleService = new PeopleService(host);
        this.dtos = new ContributionDtoAssembler(host, categories);
        this.views = new IssuePanelViewFactory(service, host, categories, clock);
        this.histories = new ContributionHistoryViewFactory(host, categories, clock);
        this.renderer = new EscapingVelocityViewRenderer();
        this.packets = new EvidencePacketService(store, categories, host, host, packetAuditLog, clock);
        this.myGlue = new MyGlueService(notes, store, categories, host, packets, clock);
    }

    /** Everything {@link GlueWorkRestComponents#resources} needs, from this stack. */
    public GlueWorkRestComponents.Collaborators collaborators() {
        return new GlueWorkRestComponents.Collaborators(service, peopleService, currentUser, dtos, views, histories, renderer);
    }

    public IssueContributionsResource issueContributionsResource() {
        return new IssueContributionsResource(service, currentUser, dtos);
    }

    public IssuePanelResource issuePanelResource() {
        return new IssuePanelResource(service, currentUser, views, renderer);
    }

    public CorroborationsResource corroborationsResource() {
        return new CorroborationsResource(service, currentUser, dtos);
    }

    public ContributionResource contributionResource() {
        return new ContributionResource(service, currentUser, dtos, histories, renderer);
    }

    /** The evidence-packet resources over this stack, as a host registers them. */
    public List<Object> careerResources() {
        return GlueWorkRestComponents.careerResources(packets, currentUser, new BundleReportTexts());
    }

    public List<Object> myGlueResources() {
        return GlueWorkRestComponents.myGlueResources(myGlue, currentUser, host);
    }

    public PeopleResource peopleResource() {
        return new PeopleResource(peopleService, currentUser);
    }

    /** Records glue directly through the service, as {@code actor}, for the actor. */
    public long record(String actor, String issueKey, String categoryKey, String summary) {
        return service.record(Optional.of(actor), issueKey,
                new ContributionDraft(categoryKey, null, summary, "", List.of(), List.of(), null)).id();
    }
}
