package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.privacy.ProjectPrivacy;
import com.gluework.core.service.ProjectPrivacyService;
import com.gluework.web.rest.dto.ProjectPrivacyChangeDto;
import com.gluework.web.rest.dto.ProjectPrivacyDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Who sees a project's per-person figures in the sprint report (issue 11). Never cacheable: the answer depends on the
 * caller's permissions. The change is a PUT with a JSON body, so the XSRF filter checks it like every state change.
 */
@Path("projects/{projectKey}/privacy")
@LicensedOnly
public class ProjectPrivacyResource {
    private final ProjectPrivacyService privacy;
    private final CurrentUser currentUser;

    @Inject
    public ProjectPrivacyResource(ProjectPrivacyService privacy, CurrentUser currentUser) {
        this.privacy = privacy;
        this.currentUser = currentUser;
    }

    /**
     * The project's setting, and whether the caller may change it.
     *
     * <ul>
     *   <li>200 — {@link ProjectPrivacyDto};</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no such project, or the caller may not browse it.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response get(@PathParam("projectKey") String projectKey) {
        return fresh(privacy.get(currentUser.key(), projectKey));
    }

    /**
     * Changes the setting. Body: {@code {"perPersonFigures":"EVERYONE"|"PROJECT_ADMINS"}}.
     *
     * <ul>
     *   <li>200 — {@link ProjectPrivacyDto}, as now stored;</li>
     *   <li>400 — no body, or {@code perPersonFigures} is not one of the two values ({@code "perPersonFigures"});
     *       nothing is changed;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller does not administer the project, or the request failed the XSRF check; nothing is
     *       changed;</li>
     *   <li>404 — there is no such project, or the caller may not browse it;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response change(@PathParam("projectKey") String projectKey, ProjectPrivacyChangeDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the setting");
        }
        return fresh(privacy.set(currentUser.key(), projectKey, body.perPersonFigures()));
    }

    private static Response fresh(ProjectPrivacy setting) {
        return Response.ok(new ProjectPrivacyDto(setting.project().key(), setting.project().name(),
                setting.perPersonFigures().name(), setting.canChange())).header("Cache-Control", "no-store").build();
    }
}
