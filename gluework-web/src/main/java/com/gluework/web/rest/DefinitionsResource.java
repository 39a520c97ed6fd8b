package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.Category;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.RubricDimension;
import com.gluework.core.model.Versioned;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.DefinitionsService;
import com.gluework.core.service.DefinitionsService.CategoryInput;
import com.gluework.core.service.DefinitionsService.Direction;
import com.gluework.core.service.DefinitionsService.DimensionInput;
import com.gluework.web.rest.dto.CategoryStateDto;
import com.gluework.web.rest.dto.DefinitionCategoryDto;
import com.gluework.web.rest.dto.DefinitionDimensionDto;
import com.gluework.web.rest.dto.DefinitionSettingsDto;
import com.gluework.web.rest.dto.DefinitionsDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What counts as glue: categories, the career rubric, and the settings, as the admin page edits them. Everyone logged
 * in may read them; only the host's administrators may change them, and a project's administrators its own category
 * set (checked by {@link DefinitionsService}, because the REST access annotation only knows "licensed"). Every change names the {@code version} it was based on. Categories
 * are never deleted: deactivate one instead, and glue recorded under it stays where it is.
 */
@Path("definitions")
@LicensedOnly
public class DefinitionsResource {
    private final DefinitionsService definitions;
    private final CurrentUser currentUser;

    @Inject
    public DefinitionsResource(DefinitionsService definitions, CurrentUser currentUser) {
        this.definitions = definitions;
        this.currentUser = currentUser;
    }

    /**
     * Every category (active or not) of the instance set, or of a project's own set ({@code ?projectKey=GW}; empty
     * when the project uses the instance set), in display order, the rubric and the settings, each with its version.
     *
     * <ul>
     *   <li>200 — the definitions, as a {@link DefinitionsDto};</li>
     *   <li>400 — {@code projectKey} is not a project key;</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public DefinitionsDto read(@QueryParam("projectKey") String projectKey) {
        Optional<String> actor = currentUser.key();
        DefinitionsService.Definitions all = definitions.definitions(actor, Optional.ofNullable(projectKey));
        return new DefinitionsDto(all.projectKey().orElse(null), all.categories().stream().map(DefinitionsResource::categoryDto).toList(),
                all.rubric().stream().map(DefinitionsResource::dimensionDto).toList(), settingsDto(all.settings()),
                definitions.canAdminister(actor), all.canEditCategories());
    }

    /**
     * Adds a category, active, after the last one of the instance set, or of a project's own set
     * ({@code ?projectKey=GW}; the first one starts the project's set, which it then uses instead of the instance set).
     *
     * <ul>
     *   <li>201 — the category as stored, as a {@link DefinitionCategoryDto};</li>
     *   <li>400 — a field is missing or wrong, named in the answer ({@code key}, {@code name}, {@code definition},
     *       {@code examples}, {@code rubricDimension}, {@code projectKey}), or the body is not a JSON object
     *       ({@code "body"});</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is not an administrator;</li>
     *   <li>409 — a category with that key exists ({@code "key"});</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response addCategory(@QueryParam("projectKey") String projectKey, DefinitionCategoryDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the category");
        }
        Versioned<Category> added = definitions.addCategory(currentUser.key(), Optional.ofNullable(projectKey), new CategoryInput(body.key(), body.name(),
                body.definition(), body.examples(), body.rubricDimension()));
        return Response.status(Response.Status.CREATED).entity(categoryDto(added)).build();
    }

    /**
     * New name, definition, examples and rubric dimension for a category; its key, order and state stay.
     *
     * <ul>
     *   <li>200 — the category as stored now, with its new {@code version};</li>
     *   <li>400 — a field is missing or wrong, named in the answer (also a missing {@code version}), or the body is not
     *       a JSON object ({@code "body"}); nothing is changed;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is not an administrator;</li>
     *   <li>404 — there is no category with that key;</li>
     *   <li>409 — {@code version} is stale: someone changed it since ({@code "version"}); nothing is changed;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @PUT
    @Path("categories/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public DefinitionCategoryDto editCategory(@PathParam("key") String key, DefinitionCategoryDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the category");
        }
        int version = versionOf(body.version(), "category");
        return categoryDto(definitions.editCategory(currentUser.key(), key, version, new CategoryInput(key, body.name(),
                body.definition(), body.examples(), body.rubricDimension())));
    }

    /**
     * Deactivates or reactivates a category ({@code {"active":false,"version":n}}), or moves it one place
     * ({@code {"direction":"up","version":n}}). A deactivated category is no longer offered for new glue; glue already
     * recorded under it keeps it and still counts everywhere.
     *
     * <ul>
     *   <li>200 — every category of its set in their new display order, as {@link DefinitionCategoryDto}s;</li>
     *   <li>400 — neither or both of {@code active} and {@code direction}, a {@code direction} other than up or down,
     *       or no {@code version}, named in the answer; nothing is changed;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is not an administrator;</li>
     *   <li>404 — there is no category with that key;</li>
     *   <li>409 — {@code version} is stale, or a move's neighbour changed meanwhile ({@code "version"}); nothing is
     *       changed;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @POST
    @Path("categories/{key}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public List<DefinitionCategoryDto> changeState(@PathParam("key") String key, CategoryStateDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the change");
        }
        if ((body.active() == null) == (body.direction() == null)) {
            throw new InvalidInputException("active", "Send either active (true or false) or direction (up or down).");
        }
        int version = versionOf(body.version(), "category");
        Optional<String> actor = currentUser.key();
        List<Versioned<Category>> after;
        if (body.active() != null) {
            definitions.setActive(actor, key, version, body.active());
            after = definitions.setOf(actor, key);
        } else {
            after = definitions.move(actor, key, version, directionOf(body.direction()));
        }
        return after.stream().map(DefinitionsResource::categoryDto).toList();
    }

    /**
     * Adds a rubric dimension after the last one.
     *
     * <ul>
     *   <li>201 — the dimension as stored, as a {@link DefinitionDimensionDto};</li>
     *   <li>400 — a field is missing or too long, named in the answer ({@code name}, {@code seniorIc}, {@code staff},
     *       {@code manager}), or the body is not a JSON object ({@code "body"});</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is not an administrator;</li>
     *   <li>409 — a dimension with that name exists ({@code "name"});</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @POST
    @Path("rubric")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response addDimension(DefinitionDimensionDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the rubric dimension");
        }
        Versioned<RubricDimension> added = definitions.addDimension(currentUser.key(),
                new DimensionInput(body.name(), body.seniorIc(), body.staff(), body.manager()));
        return Response.status(Response.Status.CREATED).entity(dimensionDto(added)).build();
    }

    /**
     * New name and level descriptions for the dimension now named {@code name}; a new name moves its categories along.
     *
     * <ul>
     *   <li>200 — the dimension as stored now, with its new {@code version};</li>
     *   <li>400 — a field is missing or too long, named in the answer (also a missing {@code version}); nothing is
     *       changed;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is not an administrator;</li>
     *   <li>404 — there is no dimension with that name;</li>
     *   <li>409 — {@code version} is stale ({@code "version"}), or the new name is taken ({@code "name"});</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @PUT
    @Path("rubric/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public DefinitionDimensionDto editDimension(@PathParam("name") String name, DefinitionDimensionDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the rubric dimension");
        }
        int version = versionOf(body.version(), "rubric dimension");
        return dimensionDto(definitions.editDimension(currentUser.key(), name, version,
                new DimensionInput(body.name(), body.seniorIc(), body.staff(), body.manager())));
    }

    /**
     * The hero threshold the sprint report uses and the leads' group for evidence packets.
     *
     * <ul>
     *   <li>200 — the settings as stored now, with their new {@code version};</li>
     *   <li>400 — {@code heroThresholdPercent} is missing or not 1 to 100, {@code leadGroup} is too long or not one
     *       line, or {@code version} is missing, named in the answer; nothing is changed;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is not an administrator;</li>
     *   <li>409 — {@code version} is stale ({@code "version"}); nothing is changed;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public DefinitionSettingsDto editSettings(DefinitionSettingsDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the settings");
        }
        int version = versionOf(body.version(), "settings");
        return settingsDto(definitions.editSettings(currentUser.key(), version, body.heroThresholdPercent(), body.leadGroup()));
    }

    private static int versionOf(Integer version, String what) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the " + what + " your change is based on.");
        }
        return version;
    }

    private static Direction directionOf(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "up" -> Direction.UP;
            case "down" -> Direction.DOWN;
            default -> throw new InvalidInputException("direction", "Send direction up or down.");
        };
    }

    static DefinitionCategoryDto categoryDto(Versioned<Category> stored) {
        Category c = stored.value();
        return new DefinitionCategoryDto(c.key(), c.name(), c.definition(), c.examples(), c.rubricDimension(), c.active(),
                c.order(), stored.version());
    }

    private static DefinitionDimensionDto dimensionDto(Versioned<RubricDimension> stored) {
        RubricDimension d = stored.value();
        return new DefinitionDimensionDto(d.name(), d.seniorIc(), d.staff(), d.manager(), d.order(), stored.version());
    }

    private static DefinitionSettingsDto settingsDto(Versioned<GlueSettings> stored) {
        return new DefinitionSettingsDto(stored.value().heroThresholdPercent(), stored.value().leadGroup(), stored.version());
    }
}
