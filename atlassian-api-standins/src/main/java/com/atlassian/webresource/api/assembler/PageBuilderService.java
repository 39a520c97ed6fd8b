package com.atlassian.webresource.api.assembler;

/**
 * Compile-only stand-in: collects the web resources the current page needs.
 * <p>
 * Mirrors: atlassian-plugins-webresource (Platform 8). Only the call chain
 * {@code pageBuilderService.assembler().resources().requireContext(String)} is confirmed, from Atlassian's own P8 code
 * (repo atlassian-labs/atlassian-slack-integration-server: …/web/panels/IssueWebPanel.java, per
 * docs/atlassian-platform.md §2.2) and from servlets of public Jira/Bitbucket plugins (code index).
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
