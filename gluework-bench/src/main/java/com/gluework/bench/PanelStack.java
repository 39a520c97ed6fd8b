package com.gluework.bench;

import com.gluework.ao.AoCategoryRepository;
import com.gluework.ao.AoContributionRepository;
import com.gluework.ao.GlueWorkEntities;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.core.testing.FakeHost;
import com.gluework.web.rest.IssuePanelResource;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.view.IssuePanelViewFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The issue-panel fragment endpoint wired as the preview host wires it, minus HTTP: {@link IssuePanelResource} →
 * {@link ContributionService} → {@link AoContributionRepository} on real Active Objects → {@link IssuePanelViewFactory}
 * → the panel's Velocity template through the Atlassian-style escaping renderer. Only the host (issues, people,
 * permissions) is a fake, and it answers from memory as Jira's caches mostly do.
 */
public final class PanelStack implements AutoCloseable {
    /** The viewer: a signed-in teammate, so the panel also renders the record form and the people picker. */
    public static final String VIEWER = "alice";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final EntityManagerActiveObjects ao;
    private final IssuePanelResource panel;

    private PanelStack(EntityManagerActiveObjects ao, FakeHost host) {
        this.ao = ao;
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AoCategoryRepository categories = new AoCategoryRepository(ao);
        ContributionService contributions = new ContributionService(new AoContributionRepository(ao), categories,
                host, host, host, clock);
        CurrentUser viewer = () -> Optional.of(VIEWER);
        this.panel = new IssuePanelResource(contributions, viewer, new IssuePanelViewFactory(host, categories, clock),
                new EscapingVelocityViewRenderer());
    }

    /** Opens and migrates the database, loads the dataset unless it is already there, and wires the endpoint. */
    public static PanelStack open(BenchDatabase database, ConnectionPooling pooling, BenchDataset dataset) {
        EntityManagerActiveObjects ao = pooling.open(database);
        try {
            ao.migrate(GlueWorkEntities.array());
            long started = System.nanoTime();
            if (dataset.ensureLoaded(ao, database.isPostgres())) {
                System.out.printf("Loaded %,d contributions into %s in %.1f s%n", dataset.contributions(), database,
                        (System.nanoTime() - started) / 1e9);
            }
            return new PanelStack(ao, dataset.host());
        } catch (RuntimeException | Error e) {
            ao.close();
            throw e;
        }
    }

    /** GET {@code /rest/gluework/1.0/issues/{issueKey}/panel}: the HTML fragment. */
    public String renderPanel(String issueKey) {
        return (String) panel.render(issueKey).getEntity();
    }

    /** Counts the SQL statements {@code work} sends through Active Objects on this thread. */
    public int statementsDuring(Runnable work) {
        SqlStatementCounter counter = new SqlStatementCounter();
        ao.entityManager().getProvider().addSqlListener(counter);
        try {
            work.run();
        } finally {
            ao.entityManager().getProvider().removeSqlListener(counter);
        }
        return counter.count();
    }

    public EntityManagerActiveObjects activeObjects() {
        return ao;
    }

    @Override
    public void close() {
        ao.close();
    }
}
