package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.PersonalDataExportService;
import com.gluework.web.rest.dto.PersonalDataExportDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's own personal data (GDPR right of access), as one JSON download. Never cacheable. */
@Path("myself/export")
@LicensedOnly
public class MyPersonalDataResource {
    static final String FILE_NAME = "gluework-personal-data.json";

    private final PersonalDataExportService exports;
    private final CurrentUser currentUser;

    @Inject
    public MyPersonalDataResource(PersonalDataExportService exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    /**
     * Everything Glue Work stores about the caller.
     *
     * <ul>
     *   <li>200 — {@link PersonalDataExportDto}, as an attachment;</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response export() {
        return download(PersonalDataExportDtos.toDto(exports.exportOwn(currentUser.key())));
    }

    static Response download(PersonalDataExportDto export) {
        return Response.ok(export)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
                .build();
    }
}
