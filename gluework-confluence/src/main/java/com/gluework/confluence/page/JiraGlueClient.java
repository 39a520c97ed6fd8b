package com.gluework.confluence.page;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.confluence.macro.JiraAnswers;
import com.gluework.confluence.macro.SummaryProblem;
import com.gluework.web.rest.dto.BoardDto;
import com.gluework.web.rest.dto.BoardSprintsDto;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.dto.FieldErrorDto;
import com.gluework.web.rest.dto.NewGlueDto;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jira's Glue Work API for pages, over the application link as the viewer: the glue credited to a page
 * ({@code GET /contributions?evidenceLink=}) and recording a page as glue ({@code POST /contributions}). Failures are
 * the macro's {@link SummaryProblem}s; Jira's field errors on a record come back as {@link Recorded#errors()} so the
 * dialog can show them next to their fields.
 */
public final class JiraGlueClient {
    static final int CONNECT_TIMEOUT_MS = 2_000;
    static final int READ_TIMEOUT_MS = 5_000;
    private static final String CONTRIBUTIONS = "/rest/gluework/1.0/contributions";
    private static final String BOARDS = "/rest/gluework/1.0/boards";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A recorded contribution, or the field errors Jira answered (400) and nothing stored. */
    public record Recorded(ContributionDto contribution, List<FieldErrorDto> errors) {
        public boolean ok() {
            return contribution != null;
        }
    }

    public List<ContributionDto> creditedTo(ApplicationLink jira, URI page) {
        Answer answer = exchange(jira, Request.MethodType.GET,
                CONTRIBUTIONS + "?evidenceLink=" + URLEncoder.encode(page.toString(), StandardCharsets.UTF_8), null);
        String json = JiraAnswers.successBody(answer.status(), answer.body());
        try {
            return List.of(JSON.readValue(json, ContributionDto[].class));
        } catch (JsonProcessingException | RuntimeException e) {
            throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception(e);
        }
    }

    public Recorded record(ApplicationLink jira, NewGlueDto glue) {
        String body;
        try {
            body = JSON.writeValueAsString(glue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Answer answer = exchange(jira, Request.MethodType.POST, CONTRIBUTIONS, body);
        try {
            if (answer.status() == 400 || (answer.status() == 404 && JiraAnswers.isGlueWorkError(answer.body()))) {
                // Jira named the field (an unknown or hidden issue is a 404 on "issueKey", as on the issue endpoint).
                return new Recorded(null, JSON.readValue(answer.body(), ErrorDto.class).errors());
            }
            return new Recorded(JSON.readValue(JiraAnswers.successBody(answer.status(), answer.body()), ContributionDto.class), List.of());
        } catch (JsonProcessingException e) {
            throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception(e);
        }
    }

    /** Every board the viewer sees in Jira, for the macro browser's board picker. */
    public List<BoardDto> boards(ApplicationLink jira) {
        return List.of(read(exchange(jira, Request.MethodType.GET, BOARDS, null), BoardDto[].class));
    }

    /** A board's sprints with the one Jira's report opens on, for the macro browser's sprint picker. */
    public BoardSprintsDto sprints(ApplicationLink jira, long boardId) {
        BoardSprintsDto board = read(exchange(jira, Request.MethodType.GET, BOARDS + "/" + boardId + "/sprints", null),
                BoardSprintsDto.class);
        if (board.board() == null || board.sprints() == null) {
            throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception();
        }
        return board;
    }

    private static <T> T read(Answer answer, Class<T> type) {
        String json = JiraAnswers.successBody(answer.status(), answer.body());
        try {
            T value = JSON.readValue(json, type);
            if (value == null) {
                throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception();
            }
            return value;
        } catch (JsonProcessingException e) {
            throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception(e);
        }
    }

    private record Answer(int status, String body, boolean credentialsRequired) {
    }

    private static Answer exchange(ApplicationLink jira, Request.MethodType method, String path, String json) {
        ApplicationLinkRequestFactory requests = jira.createAuthenticatedRequestFactory();
        ApplicationLinkRequest request;
        try {
            request = requests.createRequest(method, path);
        } catch (CredentialsRequiredException e) {
            throw SummaryProblem.authorisationRequired(e.getAuthorisationURI()).exception();
        }
        request.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        request.setSoTimeout(READ_TIMEOUT_MS);
        request.addHeader("Accept", "application/json");
        if (json != null) {
            request.setRequestBody(json, "application/json");
        }
        Answer answer;
        try {
            answer = request.execute(new ApplicationLinkResponseHandler<Answer>() {
                @Override
                public Answer credentialsRequired(Response response) {
                    return new Answer(response.getStatusCode(), "", true);
                }

                @Override
                public Answer handle(Response response) throws ResponseException {
                    return new Answer(response.getStatusCode(), response.getResponseBodyAsString(), false);
                }
            });
        } catch (ResponseException e) {
            throw JiraAnswers.transportFailure(e).exception(e);
        }
        if (answer.credentialsRequired() || answer.status() == 401) {
            throw SummaryProblem.authorisationRequired(requests.getAuthorisationURI()).exception();
        }
        return answer;
    }
}
