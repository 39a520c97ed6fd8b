package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stand-in: imports a host OSGi service into the plugin's Spring context; {@code value} is the bean name.
 * Atlassian Spring Scanner's Maven plugin indexes these at build time; the annotation jar is never bundled.
 * <p>
 * Mirrors: atlassian-spring-scanner-annotation 6.x (Platform 8), decompiled CFR and Procyon copies recorded in
 * docs/atlassian-signatures.md §5 (status C): RUNTIME retention, targets PARAMETER, ANNOTATION_TYPE, FIELD.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
