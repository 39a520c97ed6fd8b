package com.gluework.web.rest;

import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.web.rest.error.GlueWorkExceptionMapper;
import com.gluework.web.rest.error.JsonMappingErrorMapper;
import com.gluework.web.rest.error.JsonParseErrorMapper;
import com.gluework.web.rest.error.JsonProcessingExceptionMapper;
import com.gluework.web.rest.error.UnexpectedExceptionMapper;
import com.gluework.web.rest.error.WebApplicationExceptionMapper;
import com.gluework.web.view.IssuePanelViewFactory;
import com.gluework.web.view.ViewRenderer;

import java.util.List;

/**
 * What a host registers with its JAX-RS runtime under {@link #BASE_PATH}. Jira's REST v2 module finds the resources
 * and {@code @Provider} mappers by package scan; hosts that wire by hand (the preview, tests) use these lists.
 */
public final class GlueWorkRestComponents {
    /** Where hosts mount the API; the resources' {@code @Path}s are relative to it. */
    public static final String BASE_PATH = "/rest/gluework/1.0";

    private GlueWorkRestComponents() {
    }

    /** One instance of every exception mapper; stateless, so they can be shared by all requests. */
    public static List<Object> exceptionMappers() {
        return List.of(new GlueWorkExceptionMapper(), new WebApplicationExceptionMapper(),
                new JsonParseErrorMapper(), new JsonMappingErrorMapper(), new JsonProcessingExceptionMapper(),
                new UnexpectedExceptionMapper());
    }

    /** Every resource, wired with the given collaborators (all stateless, so one instance serves all requests). */
    public static List<Object> resources(ContributionService contributions, CurrentUser currentUser,
                                         ContributionDtoAssembler dtos, IssuePanelViewFactory views, ViewRenderer renderer) {
        return List.of(new IssueContributionsResource(contributions, currentUser, dtos),
                new IssuePanelResource(contributions, currentUser, views, renderer),
                new CorroborationsResource(contributions, currentUser, dtos));
    }
}
