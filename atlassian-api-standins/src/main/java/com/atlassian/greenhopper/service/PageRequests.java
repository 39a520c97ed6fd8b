package com.atlassian.greenhopper.service;

/**
 * Compile-only stand-in: factory of {@link PageRequest}s.
 * <p>
 * Mirrors: Jira Software 11.x. The class is listed in
 * https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/class-use/PageRequests.html;
 * {@code static PageRequest all()} is what repo atlascommunity/jira-plugins-groovy:
 * src/main/java/ru/mail/jira/plugins/groovy/impl/jsw/JiraSoftwareHelperImpl.java passes to {@code SprintService.getSprints}
 * and {@code RapidViewService.getRapidViews}. Unlike most stand-ins it returns a value, so that unit tests can run the
 * code that calls it; the value has no behaviour. Only the member Glue Work calls.
 */
public final class PageRequests {
    private static final PageRequest ALL = new PageRequest() {
    };

    private PageRequests() {
    }

    public static PageRequest all() {
        return ALL;
    }
}
