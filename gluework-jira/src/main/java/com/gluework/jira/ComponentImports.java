package com.gluework.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.RemoteIssueLinkManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Every host service Glue Work uses in Jira, in one place. Atlassian Spring Scanner turns each annotated field into an
 * OSGi service import and a bean named by the annotation's value; {@code META-INF/spring/gluework-components.xml}
 * refers to those names. Nothing ever instantiates this class or reads its fields.
 * <p>
 * Jira's own {@code UserManager} is imported as {@code jiraUserManager}; SAL's {@code UserManager} as
 * {@code salUserManager} (docs/atlassian-signatures.md §2.1), for the administrator and group checks of the definitions;
 * likewise SAL's {@code ApplicationProperties} is {@code salApplicationProperties} (Jira has its own
 * {@code com.atlassian.jira.config.properties.ApplicationProperties}), for the base URL of the suggestions' links.
 * <p>
 * Jira Software's services are deliberately NOT imported here: an import is mandatory and would stop Glue Work from
 * starting on plain Jira. {@code com.gluework.jira.sprint.OptionalJiraSoftwareBoards} looks them up at run time
 * through the {@code bundleContext} bean that every plugin's Spring context has.
 */
@SuppressWarnings("unused")
final class ComponentImports {
    @ComponentImport("activeObjects") private ActiveObjects activeObjects;
    @ComponentImport("cacheManager") private CacheManager cacheManager;
    @ComponentImport("changeHistoryManager") private ChangeHistoryManager changeHistoryManager;
    @ComponentImport("commentManager") private CommentManager commentManager;
    @ComponentImport("globalPermissionManager") private GlobalPermissionManager globalPermissionManager;
    @ComponentImport("issueManager") private IssueManager issueManager;
    @ComponentImport("jiraAuthenticationContext") private JiraAuthenticationContext jiraAuthenticationContext;
    @ComponentImport("jiraUserManager") private UserManager jiraUserManager;
    @ComponentImport("loginUriProvider") private LoginUriProvider loginUriProvider;
    @ComponentImport("pageBuilderService") private PageBuilderService pageBuilderService;
    @ComponentImport("permissionManager") private PermissionManager permissionManager;
    @ComponentImport("projectManager") private ProjectManager projectManager;
    @ComponentImport("remoteIssueLinkManager") private RemoteIssueLinkManager remoteIssueLinkManager;
    @ComponentImport("searchService") private SearchService searchService;
    @ComponentImport("salApplicationProperties") private ApplicationProperties salApplicationProperties;
    @ComponentImport("salUserManager") private com.atlassian.sal.api.user.UserManager salUserManager;
    @ComponentImport("statusManager") private StatusManager statusManager;
    @ComponentImport("transactionalExecutorFactory") private TransactionalExecutorFactory transactionalExecutorFactory;
    @ComponentImport("templateRenderer") private TemplateRenderer templateRenderer;
    @ComponentImport("userSearchService") private UserSearchService userSearchService;

    private ComponentImports() {
    }
}
