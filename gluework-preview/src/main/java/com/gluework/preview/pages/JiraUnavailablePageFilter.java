package com.gluework.preview.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.preview.jirarest.JiraRestException;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * On a live Jira, what a visitor sees when Jira cannot be read — down, too slow, refusing the token, not a Jira, or
 * answering something that is not JSON: a page in the frame (or, under {@code /rest/}, the API's JSON error) with
 * 502 Bad Gateway, or 504 Gateway Timeout when Jira did not answer in time, and the sentence that names the Jira URL
 * and what to check. Never a stack trace, never Jetty's page. It sits in front of everything else, so it also answers
 * when Jira cannot even say who the token's owner is. (The REST API's own failures inside Jersey are answered by
 * {@code JiraUnavailableExceptionMapper} in the same shape.)
 */
public final class JiraUnavailablePageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JiraUnavailablePageFilter.class);

    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient ObjectMapper json;
    private final transient Supplier<Optional<String>> actingAs;

    /** @param actingAs the token owner's key if Jira has named them already (never asks Jira) */
    public JiraUnavailablePageFilter(IssuePageViewFactory pages, ViewRenderer renderer, ObjectMapper json,
                                     Supplier<Optional<String>> actingAs) {
        this.pages = pages;
        this.renderer = renderer;
        this.json = json;
        this.actingAs = actingAs;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (JiraRestException e) {
            answer(request, response, e);
        } catch (ServletException e) {
            Optional<JiraRestException> jira = jiraFailure(e);
            if (jira.isEmpty()) {
                throw e;
            }
            answer(request, response, jira.get());
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, JiraRestException failure) throws IOException {
        LOG.warn(failure.getMessage());
        if (response.isCommitted()) {
            return; // nothing more can be said; the page was already on its way
        }
        response.reset();
        int status = failure.gatewayStatus();
        if (isRestCall(request)) {
            byte[] body = json.writeValueAsBytes(ErrorDto.of(status, "jira", failure.getMessage()));
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        PageResponses.send(response, renderer, status, MessagePageView.TEMPLATE,
                new MessagePageView(pages.frame(actingAs.get()), title(failure), failure.getMessage()));
    }

    static String title(JiraRestException failure) {
        return switch (failure.failure()) {
            case TIMEOUT -> "Jira did not answer in time";
            case UNREACHABLE -> "Jira cannot be reached";
            case UNAUTHORIZED -> "Jira refused the token";
            case FORBIDDEN -> "Jira refused access";
            default -> "Jira could not be read";
        };
    }

    private static boolean isRestCall(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        return uri != null && uri.startsWith(contextPath + "/rest/");
    }

    private static Optional<JiraRestException> jiraFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JiraRestException jira) {
                return Optional.of(jira);
            }
        }
        return Optional.empty();
    }
}
