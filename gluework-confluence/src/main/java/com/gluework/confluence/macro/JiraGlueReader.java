package com.gluework.confluence.macro;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.gluework.web.rest.dto.BoardSprintsDto;
import com.gluework.web.rest.dto.SprintDto;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Reads a sprint's glue report from Jira's Glue Work REST API over an application link, as the viewing user. One
 * render makes at most two requests (the board's sprints for {@code active}/{@code last-closed}, then the report), and
 * both share ONE read budget, so a Jira that does not answer costs the page at most {@link #READ_TIMEOUT_MS}.
 */
final class JiraGlueReader {
    /** Refused or unroutable hosts fail fast; a Jira that accepts connections gets the rest of the budget. */
    static final int CONNECT_TIMEOUT_MS = 2_000;
    /** The most a page waits for Jira, over all requests of one render. */
    static final int READ_TIMEOUT_MS = 5_000;
    static final String REST_BASE = "/rest/gluework/1.0";

    private final LongSupplier nanoTime;

    JiraGlueReader(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The report's JSON, already checked to be a report (so nothing malformed is ever cached). */
    String reportJson(ApplicationLink link, SummaryParameters parameters) {
        ApplicationLinkRequestFactory requests = link.createAuthenticatedRequestFactory();
        long deadline = nanoTime.getAsLong() + READ_TIMEOUT_MS * 1_000_000L;
        long sprintId = parameters.sprint().kind() == SprintChoice.Kind.ID ? parameters.sprint().sprintId()
                : chosenSprint(ReportJson.boardSprints(get(requests,
                        REST_BASE + "/boards/" + parameters.boardId().orElseThrow() + "/sprints", deadline)),
                        parameters.sprint().kind())
                        .orElseThrow(() -> SummaryProblem.of(SummaryProblem.Kind.NO_SUCH_SPRINT).exception());
        String json = get(requests, REST_BASE + "/sprints/" + sprintId + "/report", deadline);
        ReportJson.report(json);
        return json;
    }

    /** The board's active sprint, or its most recently completed one (the board's order breaks ties and gaps). */
    static Optional<Long> chosenSprint(BoardSprintsDto board, SprintChoice.Kind kind) {
        List<SprintDto> sprints = board.sprints();
        if (kind == SprintChoice.Kind.ACTIVE) {
            return sprints.stream().filter(s -> "ACTIVE".equals(s.state())).map(SprintDto::id).findFirst();
        }
        List<SprintDto> closed = sprints.stream().filter(s -> "CLOSED".equals(s.state())).toList();
        Comparator<SprintDto> byCompletion = Comparator.comparing(s -> s.completeDate() == null ? "" : s.completeDate());
        // Stable max over the board's order: among equal (or missing) completion dates the later one in the board wins.
        SprintDto last = null;
        for (SprintDto sprint : closed) {
            if (last == null || byCompletion.compare(sprint, last) >= 0) {
                last = sprint;
            }
        }
        return Optional.ofNullable(last).map(SprintDto::id);
    }

    private String get(ApplicationLinkRequestFactory requests, String path, long deadline) {
        ApplicationLinkRequest request;
        try {
            request = requests.createRequest(Request.MethodType.GET, path);
        } catch (CredentialsRequiredException e) {
            throw SummaryProblem.authorisationRequired(e.getAuthorisationURI()).exception();
        }
        long remainingMs = (deadline - nanoTime.getAsLong()) / 1_000_000L;
        if (remainingMs <= 0) {
            throw SummaryProblem.of(SummaryProblem.Kind.JIRA_SLOW).exception();
        }
        request.setConnectionTimeout((int) Math.min(CONNECT_TIMEOUT_MS, remainingMs));
        request.setSoTimeout((int) remainingMs);
        request.addHeader("Accept", "application/json");
        Answer answer;
        try {
            answer = request.execute(new AnswerHandler());
        } catch (ResponseException e) {
            throw JiraAnswers.transportFailure(e).exception(e);
        }
        if (answer.credentialsRequired() || answer.status() == 401) {
            throw SummaryProblem.authorisationRequired(requests.getAuthorisationURI()).exception();
        }
        return JiraAnswers.successBody(answer.status(), answer.body());
    }

    private record Answer(int status, String body, boolean credentialsRequired) {
    }

    private static final class AnswerHandler implements ApplicationLinkResponseHandler<Answer> {
        @Override
        public Answer credentialsRequired(Response response) {
            return new Answer(response.getStatusCode(), "", true);
        }

        @Override
        public Answer handle(Response response) throws ResponseException {
            return new Answer(response.getStatusCode(), response.getResponseBodyAsString(), false);
        }
    }
}
