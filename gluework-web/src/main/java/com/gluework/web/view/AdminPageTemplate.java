package com.gluework.web.view;

import java.util.Map;

/**
 * The admin page's body template, shared by Jira's admin servlet and the preview's /admin: only two Strings in its
 * context (so nothing to allowlist), because js/gluework-admin.js builds the page from the REST API.
 */
public final class AdminPageTemplate {
    public static final String TEMPLATE = "templates/gluework/admin-page.vm";
    /** The web resource context (Jira) whose script and styles the page needs. */
    public static final String WEB_RESOURCE_CONTEXT = "gluework-admin";

    private AdminPageTemplate() {
    }

    /**
     * @param restBase   the REST API's base URL as the browser reaches it ({@code /jira/rest/gluework/1.0})
     * @param projectKey the category set to open: a project key, or "" for the instance set
     */
    public static Map<String, Object> context(String restBase, String projectKey) {
        return Map.of("restBase", restBase, "projectKey", projectKey == null ? "" : projectKey.strip());
    }
}
