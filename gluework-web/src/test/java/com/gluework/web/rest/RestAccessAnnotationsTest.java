package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.junit.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** REST v2 refuses or defaults resources without an access annotation; ours state theirs on class and method. */
public class RestAccessAnnotationsTest {
    private static final List<Class<? extends Annotation>> ACCESS = List.of(AnonymousSiteAccess.class, LicensedOnly.class);
    private static final List<Class<?>> RESOURCES = List.of(IssueContributionsResource.class, ContributionsResource.class,
            IssuePanelResource.class,
            ContributionResource.class, CorroborationsResource.class, PeopleResource.class);
    /**
     * Reads that reveal the host's user directory, which is not public (Jira's user pickers need a login too), or that
     * list glue by people without an issue's browse check to stand on (the glue credited to a page).
     */
    private static final List<String> LOGGED_IN_READS = List.of("PeopleResource#search", "ContributionsResource#creditedTo");

    @Test
    public void everyResource_shouldBeWiredByTheHostHelper() {
        List<Class<?>> wired = GlueWorkRestComponents.resources(
                new GlueWorkRestComponents.Collaborators(null, null, null, null, null, null, null))
                .stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(RESOURCES, wired);
    }

    @Test
    public void everyResourceClassAndMethod_shouldCarryExactlyOneAccessAnnotation() {
        for (Class<?> resource : RESOURCES) {
            assertNotNull(resource + " has @Path", resource.getAnnotation(Path.class));
            assertEquals(resource + " access", 1, accessAnnotationsOn(resource.getAnnotations()));
            for (Method method : resourceMethods(resource)) {
                assertEquals(method + " access", 1, accessAnnotationsOn(method.getAnnotations()));
            }
        }
    }

    @Test
    public void reads_shouldBeOpenToAnonymousSiteAccessAndWritesToLicensedUsersOnly() {
        for (Class<?> resource : RESOURCES) {
            for (Method method : resourceMethods(resource)) {
                if (LOGGED_IN_READS.contains(resource.getSimpleName() + "#" + method.getName())) {
                    assertTrue(method.toString(), method.isAnnotationPresent(LicensedOnly.class));
                } else if (method.isAnnotationPresent(GET.class)) {
                    assertTrue(method.toString(), method.isAnnotationPresent(AnonymousSiteAccess.class));
                } else {
                    assertTrue(method.toString(), method.isAnnotationPresent(LicensedOnly.class));
                }
            }
        }
    }

    @Test
    public void writes_shouldConsumeJsonOnly() {
        for (Class<?> resource : RESOURCES) {
            for (Method method : resourceMethods(resource)) {
                if (method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)) {
                    assertArrayEquals(method.toString(), new String[] {MediaType.APPLICATION_JSON},
                            method.getAnnotation(Consumes.class).value());
                }
            }
        }
    }

    @Test
    public void resources_shouldHaveAMethodForEachDocumentedVerb() {
        assertEquals(2, resourceMethods(IssueContributionsResource.class).size());
        assertEquals(1, resourceMethods(IssuePanelResource.class).size());
        assertEquals(6, resourceMethods(ContributionResource.class).size());
        assertEquals(2, resourceMethods(CorroborationsResource.class).size());
        assertEquals(1, resourceMethods(PeopleResource.class).size());
    }

    private static List<Method> resourceMethods(Class<?> resource) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class))
                .toList();
    }

    private static long accessAnnotationsOn(Annotation[] annotations) {
        return Arrays.stream(annotations).filter(a -> ACCESS.contains(a.annotationType())
                || a.annotationType().getPackageName().equals("com.atlassian.plugins.rest.api.security.annotation")).count();
    }
}
