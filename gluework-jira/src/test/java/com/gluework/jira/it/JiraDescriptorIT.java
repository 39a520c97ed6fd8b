package com.gluework.jira.it;

import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.plugin.web.ContextProvider;
import com.gluework.ao.GlueWorkEntities;
import com.gluework.ao.upgrade.ModelUpgrades;
import com.gluework.jira.descriptor.BuiltPluginJarContract;
import com.gluework.jira.web.JiraSprintReportPage;
import com.gluework.web.view.ContributionHistoryView;
import com.gluework.web.view.EvidencePacketView;
import com.gluework.web.view.MyGlueView;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.SprintReportView;
import jakarta.servlet.http.HttpServlet;
import org.junit.Test;
import org.osgi.framework.BundleContext;

import java.util.List;
import java.util.Map;

/** The built Jira plugin jar agrees with its descriptor: what Jira would only find out at install or render time. */
public class JiraDescriptorIT extends BuiltPluginJarContract {
    @Override
    protected String pluginKey() {
        return "com.gluework.jira";
    }

    @Override
    protected Map<String, Class<?>> supertypeByModuleElement() {
        return Map.of("context-provider", ContextProvider.class, "servlet", HttpServlet.class,
                "user-anonymization-handler", UserAnonymizationHandler.class, "user-key-change-handler", UserKeyChangeHandler.class);
    }

    @Override
    protected Map<String, Map<String, Class<?>>> templateRoots() {
        return Map.of(IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY, IssuePanelView.class),
                ContributionHistoryView.TEMPLATE, Map.of(ContributionHistoryView.CONTEXT_KEY, ContributionHistoryView.class),
                SprintReportView.TEMPLATE, Map.of(SprintReportView.CONTEXT_KEY, SprintReportView.class),
                MyGlueView.TEMPLATE, Map.of(MyGlueView.CONTEXT_KEY, MyGlueView.class),
                EvidencePacketView.TEMPLATE, Map.of(EvidencePacketView.CONTEXT_KEY, EvidencePacketView.class),
                // Only Strings in their context: checked for existence and typos, nothing to allowlist.
                JiraSprintReportPage.TEMPLATE, Map.of(),
                "templates/gluework/jira-career-page.vm", Map.of(),
                com.gluework.jira.web.AdminPageServlet.TEMPLATE, Map.of(),
                com.gluework.web.view.AdminPageTemplate.TEMPLATE, Map.of());
    }

    @Override
    protected String componentImportsClassName() {
        return "com.gluework.jira.ComponentImports";
    }

    @Override
    protected Map<String, Class<?>> hostBeansBesidesComponentImports() {
        // Every plugin's Spring context (Gemini Blueprint) holds its own bundle context under this name.
        return Map.of("bundleContext", BundleContext.class);
    }

    @Override
    protected List<String> packagesOfOptionalPlugins() {
        // Jira Software, and Joda-Time, which only its sprint dates need.
        return List.of("com.atlassian.greenhopper", "org.joda.time");
    }

    @Override
    protected int minimumRestResources() {
        return 3;
    }

    @Test
    public void servlets_shouldExtendHttpServletAndMapAUrl() {
        assertNoProblems(jar.servletsDeclared());
    }

    @Test
    public void webItems_shouldHaveALabelInTheBundleAndALink() {
        assertNoProblems(jar.webItemsDeclared());
    }

    @Test
    public void aoModule_shouldListExactlyTheGlueWorkEntities() {
        assertNoProblems(jar.aoEntitiesMatch(GlueWorkEntities.ALL, GlueWorkEntities.NAMESPACE));
    }

    @Test
    public void aoModule_shouldListEveryUpgradeTask() {
        assertNoProblems(jar.aoUpgradeTasksMatch(ModelUpgrades.ALL));
    }
}
