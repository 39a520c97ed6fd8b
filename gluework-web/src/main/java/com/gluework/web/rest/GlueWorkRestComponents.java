package com.gluework.web.rest;

import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.service.DefinitionsService;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.core.service.MyGlueService;
import com.gluework.core.service.PersonalDataExportService;
import com.gluework.core.service.ProjectPrivacyService;
import com.gluework.core.service.PeopleService;
import com.gluework.core.service.SprintReportService;
import com.gluework.core.service.SuggestionService;
import com.gluework.web.report.ReportTexts;
import com.gluework.web.rest.error.AccessExceptionMapper;
import com.gluework.web.rest.error.GlueWorkExceptionMapper;
import com.gluework.web.rest.error.JsonMappingErrorMapper;
import com.gluework.web.rest.error.JsonParseErrorMapper;
import com.gluework.web.rest.error.JsonProcessingExceptionMapper;
import com.gluework.web.rest.error.UnexpectedExceptionMapper;
import com.gluework.web.rest.error.WebApplicationExceptionMapper;
import com.gluework.web.view.ContributionHistoryViewFactory;
import com.gluework.web.view.IssuePanelViewFactory;
import com.gluework.web.view.SprintReportViewFactory;
import com.gluework.web.view.ViewRenderer;

import java.util.List;

/**
 * What a host registers with its JAX-RS runtime under {@link #BASE_PATH}. Jira's REST v2 module finds the resources
 * and {@code @Provider} mappers and filters by package scan; hosts that wire by hand (the preview, tests) use these lists.
 */
public final class GlueWorkRestComponents {
    /** Where hosts mount the API; the resources' {@code @Path}s are relative to it. */
    public static final String BASE_PATH = "/rest/gluework/1.0";

    private GlueWorkRestComponents() {
    }

    /** One instance of every exception mapper; stateless, so they can be shared by all requests. */
    public static List<Object> exceptionMappers() {
        return List.of(new GlueWorkExceptionMapper(), new WebApplicationExceptionMapper(), new AccessExceptionMapper(),
                new JsonParseErrorMapper(), new JsonMappingErrorMapper(), new JsonProcessingExceptionMapper(),
                new UnexpectedExceptionMapper());
    }

    /** The request filters every host must register too: the {@link XsrfRequestFilter}. Stateless, so shared. */
    public static List<Object> requestFilters() {
        return List.of(new XsrfRequestFilter());
    }

    /**
     * The providers every host must register too: the {@link StrictJsonBodyReader} for request bodies and the
     * {@link SecurityHeadersFilter} for response headers. Stateless, so shared.
     */
    public static List<Object> providers() {
        return List.of(new StrictJsonBodyReader(), new SecurityHeadersFilter());
    }

    /** Every resource, wired with the given collaborators (all stateless, so one instance serves all requests). */
    public static List<Object> resources(Collaborators with) {
        return List.of(new IssueContributionsResource(with.contributions(), with.currentUser(), with.dtos()),
                new ContributionsResource(with.contributions(), with.currentUser(), with.dtos()),
                new IssuePanelResource(with.contributions(), with.currentUser(), with.panels(), with.renderer()),
                new ContributionResource(with.contributions(), with.currentUser(), with.dtos(), with.histories(),
                        with.renderer()),
                new CorroborationsResource(with.contributions(), with.currentUser(), with.dtos()),
                new PeopleResource(with.people(), with.currentUser()));
    }

    /**
     * The sprint report's resources (boards and sprints for the pickers, one sprint's report in every format). Kept
     * apart from {@link #resources} because a host without sprints still serves the issue features.
     */
    public static List<Object> reportResources(SprintReportService reports, CurrentUser currentUser,
                                               SprintReportViewFactory views, ViewRenderer renderer, ReportTexts texts) {
        return List.of(new BoardsResource(reports, currentUser),
                new SprintReportResource(reports, currentUser, views, renderer, texts));
    }

    /** Evidence packets and the audit log of who opened them (the road from glue to careers). */
    public static List<Object> careerResources(EvidencePacketService packets, CurrentUser currentUser, ReportTexts texts) {
        return List.of(new EvidencePacketResource(packets, currentUser, texts), new PacketViewsResource(packets, currentUser));
    }

    /** "My glue": the caller's weekly notes and timeline, and someone's notes as the caller may see them (issue 11). */
    public static List<Object> myGlueResources(MyGlueService myGlue, CurrentUser currentUser, PeopleDirectory people) {
        return List.of(new MyGlueResource(myGlue, currentUser, people), new PersonNotesResource(myGlue, currentUser));
    }

    /** What counts as glue, as admins define it (categories, rubric, settings). */
    public static List<Object> definitionResources(DefinitionsService definitions, CurrentUser currentUser) {
        return List.of(new DefinitionsResource(definitions, currentUser));
    }

    /** Possible glue (issue 12): an issue's suggestions and "Not glue", and the caller's own across projects. */
    public static List<Object> suggestionResources(SuggestionService suggestions, CurrentUser currentUser,
                                                   SuggestionDtoAssembler dtos) {
        return List.of(new IssueSuggestionsResource(suggestions, currentUser, dtos),
                new MySuggestionsResource(suggestions, currentUser, dtos));
    }

    /** Personal data (issue 11): the exports, and each project's choice of who sees per-person report figures. */
    public static List<Object> privacyResources(PersonalDataExportService exports, ProjectPrivacyService projectPrivacy,
                                                CurrentUser currentUser) {
        return List.of(new MyPersonalDataResource(exports, currentUser), new PersonPersonalDataResource(exports, currentUser),
                new ProjectPrivacyResource(projectPrivacy, currentUser));
    }

    /** What the resources need from the host's wiring; a record so a new collaborator is one named field more. */
    public record Collaborators(ContributionService contributions, PeopleService people, CurrentUser currentUser,
                                ContributionDtoAssembler dtos, IssuePanelViewFactory panels,
                                ContributionHistoryViewFactory histories, ViewRenderer renderer) {
    }
}
