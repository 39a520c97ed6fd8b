package com.gluework.bench;

import com.gluework.ao.AoCategoryRepository;
import com.gluework.ao.AoContributionRepository;
import com.gluework.ao.AoSuggestionDismissals;
import com.gluework.ao.HostConnections;
import com.gluework.ao.upgrade.ModelUpgrades;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.core.service.SuggestionService;
import com.gluework.core.testing.FakeHost;
import com.gluework.web.rest.ContributionDtoAssembler;
import com.gluework.web.rest.CorroborationsResource;
import com.gluework.web.rest.IssueContributionsResource;
import com.gluework.web.rest.IssuePanelResource;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewContributionDto;
import com.gluework.web.rest.dto.NewCorroborationDto;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.view.IssuePanelViewFactory;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Glue Work's REST resources wired as the preview host wires them, minus HTTP: {@link IssuePanelResource},
 * {@link IssueContributionsResource} and {@link CorroborationsResource} → {@link ContributionService} →
 * {@link AoContributionRepository} on real Active Objects, with the store's pooled connections lent for its plain SQL
 * reads as Jira lends the product's ({@link CountingHostConnections}); the panel through {@link IssuePanelViewFactory} and its
 * Velocity template in the Atlassian-style escaping renderer. Only the host (issues, people, permissions) is a fake,
 * and it answers from memory as Jira's caches mostly do.
 */
public final class PanelStack implements AutoCloseable {
    /** The viewer of the panel: a signed-in project admin, so the panel also renders the form and every row's controls. */
    public static final String VIEWER = BenchDataset.PROJECT_ADMIN;

    private final EntityManagerActiveObjects ao;
    /** The store's pooled connections lent for the repository's plain SQL reads, as a product's SAL lends its pool. */
    private final CountingHostConnections hostConnections;
    private final BenchDataset dataset;
    private final IssuePanelResource panel;
    /** The same panel with "Possible glue" (issue 12): the rules over {@link BenchActivity}, dismissals in AO. */
    private final IssuePanelResource panelWithSuggestions;
    private final IssueContributionsResource issueContributions;
    private final CorroborationsResource corroborations;
    /** Who sends the next write; benchmarks act as a different teammate each time. */
    private final ThreadLocal<String> writer = new ThreadLocal<>();

    private PanelStack(EntityManagerActiveObjects ao, BenchDataset dataset) {
        this.ao = ao;
        this.hostConnections = new CountingHostConnections(ao.entityManager());
        this.dataset = dataset;
        FakeHost people = dataset.people();
        Clock clock = Clock.fixed(BenchDataset.WRITES_FROM, ZoneOffset.UTC);
        AoCategoryRepository categories = new AoCategoryRepository(ao);
        ContributionService contributions = new ContributionService(new AoContributionRepository(ao, hostConnections), categories,
                dataset.issueSource(), people, people, clock);
        CurrentUser viewer = () -> Optional.of(VIEWER);
        CurrentUser writerUser = () -> Optional.ofNullable(writer.get());
        ContributionDtoAssembler dtos = new ContributionDtoAssembler(people, categories);
        this.panel = new IssuePanelResource(contributions, viewer,
                new IssuePanelViewFactory(contributions, people, categories, clock), new EscapingVelocityViewRenderer());
        SuggestionService suggestions = new SuggestionService(dataset.issueSource(), people, new BenchActivity(),
                new AoContributionRepository(ao, hostConnections), new AoSuggestionDismissals(ao, clock), clock);
        this.panelWithSuggestions = new IssuePanelResource(contributions, viewer,
                new IssuePanelViewFactory(contributions, people, categories, clock, suggestions), new EscapingVelocityViewRenderer());
        this.issueContributions = new IssueContributionsResource(contributions, writerUser, dtos);
        this.corroborations = new CorroborationsResource(contributions, writerUser, dtos);
    }

    /**
     * Opens and migrates the database, removes what earlier benchmark runs wrote, loads the dataset unless it is
     * already there, and wires the endpoints.
     */
    public static PanelStack open(BenchDatabase database, ConnectionPooling pooling, BenchDataset dataset) {
        EntityManagerActiveObjects ao = pooling.open(database);
        try {
            ModelUpgrades.run(ao, ModelUpgrades.tasks()); // tables, and the definitions seeded as in a product
            long started = System.nanoTime();
            if (dataset.ensureLoaded(ao, database)) {
                System.out.printf("Loaded %,d contributions into %s in %.1f s%n", dataset.contributions(), database,
                        (System.nanoTime() - started) / 1e9);
            }
            return new PanelStack(ao, dataset);
        } catch (RuntimeException | Error e) {
            ao.close();
            throw e;
        }
    }

    public BenchDataset dataset() {
        return dataset;
    }

    /** The panel fragment with "Possible glue" computed for the issue. */
    public String renderPanelWithSuggestions(String issueKey) {
        return fragment(panelWithSuggestions.render(issueKey));
    }

    /** GET {@code /rest/gluework/1.0/issues/{issueKey}/panel}: the HTML fragment. */
    public String renderPanel(String issueKey) {
        return fragment(panel.render(issueKey));
    }

    /** The endpoint answers the fragment as UTF-8 bytes (issue 13); the benchmarks and their checks read it as text. */
    private static String fragment(jakarta.ws.rs.core.Response response) {
        return new String((byte[]) response.getEntity(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** POST {@code /rest/gluework/1.0/issues/{issueKey}/contributions} as {@code actor}. */
    public ContributionDto record(String actor, String issueKey, NewContributionDto body) {
        return created(actor, () -> issueContributions.record(issueKey, body));
    }

    /** POST {@code /rest/gluework/1.0/contributions/{id}/corroborations} as {@code actor}. */
    public ContributionDto corroborate(String actor, long contributionId, String note) {
        return created(actor, () -> corroborations.corroborate(Long.toString(contributionId), new NewCorroborationDto(note)));
    }

    /** Refused requests throw (the REST layer maps them to 4xx), so only a 201 comes back here. */
    private ContributionDto created(String actor, Supplier<Response> request) {
        writer.set(actor);
        try {
            Response response = request.get();
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new IllegalStateException("Expected 201 Created, got " + response.getStatus());
            }
            return (ContributionDto) response.getEntity();
        } finally {
            writer.remove();
        }
    }

    /**
     * Counts the SQL statements {@code work} sends on this thread, through Active Objects and in plain SQL on the
     * lent connections.
     */
    public int statementsDuring(Runnable work) {
        SqlStatementCounter counter = new SqlStatementCounter();
        ao.entityManager().getProvider().addSqlListener(counter);
        int plain;
        try {
            plain = hostConnections.counting(work);
        } finally {
            ao.entityManager().getProvider().removeSqlListener(counter);
        }
        return counter.count() + plain;
    }

    /** The connections the stack's repositories read plain SQL on. */
    public HostConnections hostConnections() {
        return hostConnections;
    }

    public EntityManagerActiveObjects activeObjects() {
        return ao;
    }

    @Override
    public void close() {
        ao.close();
    }
}
