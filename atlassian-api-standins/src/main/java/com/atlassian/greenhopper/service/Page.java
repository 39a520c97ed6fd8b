package com.atlassian.greenhopper.service;

import java.util.List;

/**
 * Compile-only stand-in: one page of a Jira Software service's answer ("Provides support for pagination").
 * <p>
 * Mirrors: Jira Software 11.x. The type {@code com.atlassian.greenhopper.service.Page<T>} is listed in
 * https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/package-summary.html and is the
 * value of {@code SprintService.getSprints(…)} ({@code ServiceOutcome<Page<Sprint>>}, as called in repo
 * atlascommunity/jira-plugins-groovy: src/main/java/ru/mail/jira/plugins/groovy/impl/jsw/JiraSoftwareHelperImpl.java,
 * which reads {@code page.getValues().stream()}). Whether {@code Page} is an interface or a class, and whether
 * {@code getValues()} returns {@code List} or {@code Collection}, is UNCONFIRMED: Glue Work only streams the values, which
 * compiles against either. Only the member Glue Work calls.
 */
public interface Page<T> {

    List<T> getValues();
}
