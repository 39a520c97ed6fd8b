package com.gluework.web.view;

import java.util.Objects;

/**
 * Where the report page's links point on this host.
 *
 * @param pageUrl     the page itself, which the board and sprint pickers reload with {@code ?board=…&sprint=…};
 *                    empty to reload the current address
 * @param restBaseUrl the REST API base, e.g. {@code /jira/rest/gluework/1.0}, for the charts and exports
 * @param browseUrl   the prefix an issue key is appended to, e.g. {@code /jira/browse/}
 */
public record ReportLinks(String pageUrl, String restBaseUrl, String browseUrl) {
    public ReportLinks {
        Objects.requireNonNull(pageUrl, "pageUrl");
        restBaseUrl = stripTrailingSlash(Objects.requireNonNull(restBaseUrl, "restBaseUrl"));
        Objects.requireNonNull(browseUrl, "browseUrl");
    }

    /** The links of a host mounted at {@code contextPath} ("" or e.g. "/jira") whose report page is {@code pagePath}. */
    public static ReportLinks under(String contextPath, String pagePath) {
        String context = stripTrailingSlash(contextPath);
        return new ReportLinks(pagePath.isEmpty() ? "" : context + pagePath, context + "/rest/gluework/1.0",
                context + "/browse/");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
