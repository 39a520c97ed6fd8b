package com.gluework.confluence.macro;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The "Glue sprint summary" macro: a sprint's glue wins, person × category table or full summary, read from Jira's
 * Glue Work REST API over the application link as the viewing user, so each reader sees exactly the glue Jira lets
 * them see.
 *
 * <p>Every failure becomes an AUI message inside the macro (see {@link SummaryProblem}); the macro never throws, so a
 * Jira that is down never breaks the page. Jira's answers are kept for {@value #CACHE_SECONDS} s per link, sprint
 * choice and viewer in an Atlassian Cache ({@link #CACHE_NAME}); failures are not cached, so a viewer who has just
 * authorised the link or a Jira that is back is seen at the next view.
 */
public final class GlueSprintSummaryMacro implements Macro {
    static final String TEMPLATE = "templates/confluence/glue-sprint-summary.vm";
    static final String CACHE_NAME = GlueSprintSummaryMacro.class.getName() + ".reports";
    static final long CACHE_SECONDS = 60;
    static final int CACHE_MAX_ENTRIES = 2_000;
    /** Output types that are documents, not live pages: no scripts, no buttons, absolute links only. */
    static final Set<String> STATIC_OUTPUT_TYPES = Set.of("pdf", "word", "email", "html_export", "feed");

    private static final Logger LOG = LoggerFactory.getLogger(GlueSprintSummaryMacro.class);

    private final ApplicationLinkService applicationLinks;
    private final TemplateRenderer templateRenderer;
    private final UserManager userManager;
    private final Cache<String, String> reports;
    private final JiraGlueReader reader;

    public GlueSprintSummaryMacro(ApplicationLinkService applicationLinks, CacheManager cacheManager,
                                  TemplateRenderer templateRenderer, UserManager userManager) {
        this(applicationLinks, cacheManager, templateRenderer, userManager, System::nanoTime);
    }

    GlueSprintSummaryMacro(ApplicationLinkService applicationLinks, CacheManager cacheManager,
                           TemplateRenderer templateRenderer, UserManager userManager, LongSupplier nanoTime) {
        this.applicationLinks = applicationLinks;
        this.templateRenderer = templateRenderer;
        this.userManager = userManager;
        // Local to each node on purpose: the values are per-viewer reads of another product, nothing to keep
        // consistent across the cluster, and a short expiry bounds how stale any node can be. Keys and values are
        // Strings, so the cache would also work replicated should an administrator reconfigure it.
        this.reports = cacheManager.getCache(CACHE_NAME, null, new CacheSettingsBuilder()
                .local().expireAfterWrite(CACHE_SECONDS, TimeUnit.SECONDS).maxEntries(CACHE_MAX_ENTRIES).build());
        this.reader = new JiraGlueReader(nanoTime);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        boolean exported = context != null && STATIC_OUTPUT_TYPES.contains(context.getOutputType());
        Map<String, Object> model = new HashMap<>();
        model.put("exported", exported);
        String jiraName = "";
        try {
            SummaryParameters summary = SummaryParameters.parse(parameters == null ? Map.of() : parameters);
            ApplicationLink jira = jiraLink(summary.applicationLinkId());
            jiraName = jira.getName();
            UserKey viewer = userManager.getRemoteUserKey();
            if (viewer == null) {
                throw SummaryProblem.of(SummaryProblem.Kind.LOGIN_REQUIRED).exception();
            }
            String key = jira.getId().get() + "|" + summary.reportKey() + "|" + viewer.getStringValue();
            String json = reports.get(key);
            if (json == null) {
                json = reader.reportJson(jira, summary);
                reports.put(key, json);
            }
            model.put("summary", new SprintSummaryView(ReportJson.report(json), summary,
                    jira.getDisplayUrl().toString(), jiraName));
        } catch (SummaryProblemException e) {
            LOG.debug("Glue sprint summary shows {}", e.problem().kind(), e);
            model.put("problem", new ProblemView(e.problem(), jiraName));
        } catch (RuntimeException e) {
            LOG.error("Glue sprint summary failed unexpectedly; the page shows a message instead", e);
            model.put("problem", new ProblemView(SummaryProblem.of(SummaryProblem.Kind.UNEXPECTED), jiraName));
        }
        return render(model);
    }

    private ApplicationLink jiraLink(Optional<String> chosenId) {
        if (chosenId.isPresent()) {
            for (ApplicationLink link : applicationLinks.getApplicationLinks(JiraApplicationType.class)) {
                if (link.getId().get().equals(chosenId.get())) {
                    return link;
                }
            }
            throw SummaryProblem.of(SummaryProblem.Kind.LINK_NOT_FOUND).exception();
        }
        ApplicationLink primary = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (primary == null) {
            throw SummaryProblem.of(SummaryProblem.Kind.NO_JIRA_LINK).exception();
        }
        return primary;
    }

    private String render(Map<String, Object> model) {
        StringWriter html = new StringWriter();
        try {
            templateRenderer.render(TEMPLATE, model, html);
            return html.toString();
        } catch (Exception e) {
            // The template is ours, so this is a bug; the page must still render.
            LOG.error("Glue sprint summary template failed", e);
            return "<div class=\"aui-message aui-message-error gluework-sprint-summary\"><p>Glue Work could not show"
                    + " this sprint summary. The Confluence log has the details.</p></div>";
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
