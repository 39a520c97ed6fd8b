package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.GET;
import org.junit.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Evidence packets and their audit log name people and describe their work for reviews: no part of them is open to
 * anonymous site access, on the class or any method.
 */
public class CareerAccessAnnotationsTest {

    @Test
    public void everyCareerResourceAndMethod_shouldBeForLicensedUsersOnly() {
        List<Class<?>> wired = GlueWorkRestComponents.careerResources(null, null, null).stream()
                .<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(EvidencePacketResource.class, PacketViewsResource.class), wired);
        for (Class<?> resource : wired) {
            assertTrue(resource + " is @LicensedOnly", resource.isAnnotationPresent(LicensedOnly.class));
            assertFalse(resource.isAnnotationPresent(AnonymousSiteAccess.class));
            List<Method> methods = Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(GET.class)).toList();
            assertFalse(resource + " has resource methods", methods.isEmpty());
            for (Method method : methods) {
                assertTrue(method + " is @LicensedOnly", method.isAnnotationPresent(LicensedOnly.class));
                assertFalse(method.isAnnotationPresent(AnonymousSiteAccess.class));
            }
        }
    }
}
