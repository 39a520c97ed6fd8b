package com.atlassian.activeobjects.tx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stand-in: marks a component interface (or one method) whose calls run in one AO transaction; the AO
 * plugin's {@code TransactionalAnnotationProcessor} proxies interfaces only.
 * <p>
 * Mirrors: Active Objects plugin 6.x (Platform 8) — meta-annotations as in the original source, processor documented at
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/TransactionalAnnotationProcessor.html
 * (/work/shared/docs/atlassian-signatures.md §1.4, status C).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@Documented
public @interface Transactional {
}
