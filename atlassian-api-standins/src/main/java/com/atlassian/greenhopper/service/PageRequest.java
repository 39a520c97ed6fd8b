package com.atlassian.greenhopper.service;

/**
 * Compile-only stand-in: which page a Jira Software service should answer ("Pagination request").
 * <p>
 * Mirrors: Jira Software 11.x, https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/package-summary.html
 * (an interface with a default implementation). Glue Work never calls its members and only obtains one from
 * {@link PageRequests#all()}.
 */
public interface PageRequest {
}
