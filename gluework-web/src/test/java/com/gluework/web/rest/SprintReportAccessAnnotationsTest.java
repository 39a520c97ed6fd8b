package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The report's resources are for licensed users only, on the class (so a method added without its own annotation is
 * not left open) and on every method; they only read.
 */
public class SprintReportAccessAnnotationsTest {
    private static final List<Class<?>> RESOURCES = List.of(BoardsResource.class, SprintReportResource.class);

    @Test
    public void everyReportResourceAndMethod_shouldBeLicensedOnlyAndReadOnly() {
        for (Class<?> resource : RESOURCES) {
            assertNotNull(resource.getAnnotation(Path.class));
            assertTrue(resource + " access", resource.isAnnotationPresent(LicensedOnly.class));
            List<Method> methods = Arrays.stream(resource.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Path.class) || m.isAnnotationPresent(GET.class)).toList();
            assertTrue(methods.size() >= 2);
            for (Method method : methods) {
                assertTrue(method + " is a GET", method.isAnnotationPresent(GET.class));
                assertTrue(method + " access", method.isAnnotationPresent(LicensedOnly.class));
                assertEquals(method + " has one access annotation", 1, Arrays.stream(method.getAnnotations())
                        .filter(a -> a.annotationType().getPackageName()
                                .equals("com.atlassian.plugins.rest.api.security.annotation")).count());
            }
        }
    }

    @Test
    public void reportResources_shouldWireEveryReportResource() {
        assertEquals(RESOURCES, GlueWorkRestComponents.reportResources(null, null, null, null, null).stream()
                .map(Object::getClass).toList());
    }
}
