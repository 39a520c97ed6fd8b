package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.PersonalDataExportService;
import com.gluework.web.rest.dto.PersonalDataExportDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Anyone's personal data, for Jira administrators answering a data request (a person who left, an anonymized
 * account). Every export of someone else is audited before it is read; the person sees it in their own export. A GET,
 * since it changes nothing the caller asked to change; the audit line is a side effect like a packet view's.
 */
@Path("people/{personKey}/export")
@LicensedOnly
public class PersonPersonalDataResource {
    private final PersonalDataExportService exports;
    private final CurrentUser currentUser;

    @Inject
    public PersonPersonalDataResource(PersonalDataExportService exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    /**
     * Everything Glue Work stores about one person, for an administrator.
     *
     * <ul>
     *   <li>200 — {@link PersonalDataExportDto}, as an attachment; unknown and anonymized keys too;</li>
     *   <li>400 — the key is blank or longer than 255 characters;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is not a Jira administrator.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response export(@PathParam("personKey") String personKey) {
        return MyPersonalDataResource.download(PersonalDataExportDtos.toDto(exports.exportOf(currentUser.key(), personKey)));
    }
}
