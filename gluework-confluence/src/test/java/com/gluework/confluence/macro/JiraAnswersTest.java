package com.gluework.confluence.macro;

import com.atlassian.sal.api.net.ResponseException;
import org.junit.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import static com.gluework.confluence.macro.SummaryProblem.Kind.GLUE_WORK_NOT_INSTALLED;
import static com.gluework.confluence.macro.SummaryProblem.Kind.JIRA_ERROR;
import static com.gluework.confluence.macro.SummaryProblem.Kind.JIRA_SLOW;
import static com.gluework.confluence.macro.SummaryProblem.Kind.JIRA_UNREACHABLE;
import static com.gluework.confluence.macro.SummaryProblem.Kind.MALFORMED_ANSWER;
import static com.gluework.confluence.macro.SummaryProblem.Kind.NOT_FOUND;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class JiraAnswersTest {

    @Test
    public void statuses_shouldMapToTheirProblem() {
        assertEquals("{}", JiraAnswers.successBody(200, "{}"));
        assertStatus(200, " ", MALFORMED_ANSWER);
        assertStatus(403, "", NOT_FOUND);
        assertStatus(404, "{\"status\":404,\"errors\":[]}", NOT_FOUND);
        assertStatus(404, "<html>dead link</html>", GLUE_WORK_NOT_INSTALLED);
        assertStatus(404, "{\"message\":\"null for uri: /rest/gluework/1.0/sprints/3/report\",\"status-code\":404}", GLUE_WORK_NOT_INSTALLED);
        assertStatus(404, "", GLUE_WORK_NOT_INSTALLED);
        assertStatus(500, "{\"status\":500,\"errors\":[]}", JIRA_ERROR);
        assertStatus(503, "", JIRA_ERROR);
        assertStatus(302, "", JIRA_ERROR);
    }

    @Test
    public void transportFailures_shouldTellUnreachableFromSlow() {
        assertEquals(JIRA_UNREACHABLE, JiraAnswers.transportFailure(new ResponseException(new ConnectException("refused"))).kind());
        assertEquals(JIRA_UNREACHABLE, JiraAnswers.transportFailure(new ResponseException(new HttpConnectTimeoutException("connect"))).kind());
        assertEquals(JIRA_UNREACHABLE, JiraAnswers.transportFailure(new ResponseException(new SocketTimeoutException("Connect timed out"))).kind());
        assertEquals(JIRA_SLOW, JiraAnswers.transportFailure(new ResponseException(new SocketTimeoutException("Read timed out"))).kind());
        assertEquals(JIRA_SLOW, JiraAnswers.transportFailure(new ResponseException(new HttpTimeoutException("request timed out"))).kind());
        assertEquals(JIRA_SLOW, JiraAnswers.transportFailure(new ResponseReadTimeoutException()).kind());
        assertEquals(JIRA_UNREACHABLE, JiraAnswers.transportFailure(new ResponseException("connection reset")).kind());
    }

    /** Named like SAL's subclass, which the stand-ins do not declare. */
    private static final class ResponseReadTimeoutException extends ResponseException {
    }

    private static void assertStatus(int status, String body, SummaryProblem.Kind expected) {
        try {
            JiraAnswers.successBody(status, body);
            fail(status + " accepted");
        } catch (SummaryProblemException e) {
            assertEquals(status + " " + body, expected, e.problem().kind());
        }
    }
}
