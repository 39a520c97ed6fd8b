package com.gluework.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.ao.AoCategoryRepository;
import com.gluework.ao.AoContributionRepository;
import com.gluework.core.model.Contribution;
import com.gluework.core.port.SprintSource;
import com.gluework.core.service.SprintReportService;
import com.gluework.core.testing.FakeHost;
import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.rest.SprintReportResource;
import com.gluework.web.rest.dto.SprintReportDto;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.view.SprintReportViewFactory;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The sprint report's JSON endpoint wired as the preview wires it, minus HTTP: {@link SprintReportResource#report} →
 * {@link SprintReportService} → {@link AoContributionRepository} and {@link AoCategoryRepository} on the store's real
 * Active Objects, then Jackson, which Jersey would run to write the response. The host's sprints come from the
 * {@link SprintWorkload} (Jira Software answers from its own tables and caches), people and permissions from
 * core's {@code FakeHost}; the team's clock zone is UTC.
 */
public final class SprintReportStack {
    /** The viewer: a signed-in teammate who may browse every issue, so every contribution of the sprint counts. */
    public static final String VIEWER = BenchDataset.PROJECT_ADMIN;

    private final PanelStack store;
    private final SprintSource sprints;
    private final AoContributionRepository contributions;
    private final SprintReportResource resource;
    /** Like the preview's Jersey mapper; the DTO carries its dates as ISO strings already. */
    private final ObjectMapper json = new ObjectMapper();

    private SprintReportStack(PanelStack store, SprintWorkload workload) {
        this.store = store;
        this.sprints = workload.sprintSource();
        this.contributions = new AoContributionRepository(store.activeObjects());
        FakeHost people = workload.dataset().people();
        SprintReportService reports = new SprintReportService(sprints, contributions,
                new AoCategoryRepository(store.activeObjects()), people, people,
                Clock.fixed(BenchDataset.WRITES_FROM, ZoneOffset.UTC));
        this.resource = new SprintReportResource(reports, () -> Optional.of(VIEWER), new SprintReportViewFactory(reports),
                new EscapingVelocityViewRenderer(), new BundleReportTexts());
    }

    /**
     * Adds the workload's unattached team glue to a freshly opened store (see
     * {@link SprintWorkload#writeUnattachedGlue}) and wires the endpoint. Once per opened store.
     */
    public static SprintReportStack open(PanelStack store, SprintWorkload workload) {
        workload.writeUnattachedGlue(new AoContributionRepository(store.activeObjects()));
        return new SprintReportStack(store, workload);
    }

    /** GET {@code /rest/gluework/1.0/sprints/{sprintId}/report}: the report as JSON, the bytes Jersey would send. */
    public byte[] reportJson(long sprintId) {
        try {
            return json.writeValueAsBytes(report(sprintId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report of sprint " + sprintId + " does not serialise", e);
        }
    }

    /** The entity of the endpoint's 200 answer; refused requests throw, as they do before the REST layer maps them. */
    public SprintReportDto report(long sprintId) {
        Response response = resource.report(Long.toString(sprintId));
        if (response.getStatus() != Response.Status.OK.getStatusCode()) {
            throw new IllegalStateException("Expected 200 OK, got " + response.getStatus());
        }
        return (SprintReportDto) response.getEntity();
    }

    /**
     * The largest part of a report, measured on its own: the glue on one sprint's issues, read with its beneficiaries
     * and corroborations ({@link AoContributionRepository#findByIssues}); a report reads it for both sprints.
     */
    public List<Contribution> sprintIssuesGlue(long sprintId) {
        return contributions.findByIssues(sprints.findSprintIssues(sprintId).stream().map(i -> i.issue().id()).toList());
    }

    /** Counts the SQL statements {@code work} sends through Active Objects on this thread. */
    public int statementsDuring(Runnable work) {
        return store.statementsDuring(work);
    }
}
