package com.gluework.preview.pages;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.service.ContributionService;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.web.testing.ContributionBuilder;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.InMemorySprintReports;
import com.gluework.web.testing.InlineScripts;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.IssuePanelViewFactory;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;
import com.gluework.confluence.macro.GlueSprintSummaryMacro;
import com.gluework.confluence.testing.ExpiringCacheManager;
import com.gluework.confluence.testing.FixedApplicationLinkService;
import com.gluework.confluence.testing.VelocityTemplateRenderer;
import com.gluework.preview.confluence.PreviewConfluence;
import com.gluework.preview.confluence.StorageFormat;
import com.gluework.preview.confluence.WikiPage;
import com.gluework.preview.confluence.WikiSpace;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.gluework.web.testing.ContributionBuilder.aContribution;
import static org.junit.Assert.assertEquals;

/**
 * The preview's pages allow scripts only from its own files ({@link PageResponses}' Content-Security-Policy), so none
 * may need inline script: every page template is rendered here, whole — frame, and the panel or report body that
 * gluework-web's templates render into it — for a signed-in and an anonymous viewer and with every optional part, and
 * searched by {@link InlineScripts}. Each template under {@code templates/preview} must be rendered here or included
 * by one that is, so a new page cannot skip the check. (Template sources are searched by gluework-web's
 * {@code NoInlineScriptTest}; the served pages by {@code PreviewPagesHttpIT}.)
 */
public class PreviewPagesNoInlineScriptTest {
    private static final Pattern PARSE = Pattern.compile("#parse\\(\"([^\"]+)\"\\)");
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    private final FakeHost host = new FakeHost()
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder").withPerson("carol", "Carol Reviewer");
    private final EscapingVelocityViewRenderer renderer = new EscapingVelocityViewRenderer();
    private final Set<String> renderedTemplates = new TreeSet<>();
    private final List<String> findings = new ArrayList<>();

    @Test
    public void everyPreviewPage_inEveryState_shouldRenderWithoutInlineScript() throws IOException {
        // given a signed-in and an anonymous frame
        FrameView signedIn = new FrameView(List.of(new FrameView.UserOptionView("alice", "Alice Lead", true),
                new FrameView.UserOptionView("bob", "Bob Builder", false)), "Alice Lead");
        FrameView anonymous = new FrameView(List.of(new FrameView.UserOptionView("alice", "Alice Lead", false)), "");
        Contribution glue = aContribution().id(7).by("carol").noticedBy("bob").summary("Caught a data race")
                .impact("Avoided a double charge").evidence("https://github.com/acme/payments/pull/482")
                .corroboratedWithNote("alice", "saw it").build();

        // when: the issue page with every optional part and with none, the report page, and the message page
        check("issue page, everything shown", IssuePageView.TEMPLATE, new IssuePageView(signedIn, "GW-1", "Retry payouts",
                "Story", "GW", "Payments Platform", "In Progress", "indeterminate", "Bob Builder", "Alice Lead", "Sprint 3",
                "1 Mar 2026, 09:00", "4 Mar 2026, 17:00", "Retry failed payouts\nwith backoff",
                List.of(new IssuePageView.IssueLinkView("GW-1", "Retry payouts", "In Progress", true),
                        new IssuePageView.IssueLinkView("GW-2", "Batch payouts", "To Do", false)),
                List.of(new IssuePageView.HistoryRowView("Bob Builder", "2 Mar 2026, 10:00", "To Do", "In Progress")),
                panelHtml(Optional.of("alice"), List.of(glue))));
        check("issue page, nothing optional", IssuePageView.TEMPLATE, new IssuePageView(signedIn, "GW-2", "Batch payouts",
                "", "GW", "", "To Do", "new", "Unassigned", "", "", "", "", "", List.of(), List.of(),
                panelHtml(Optional.of("alice"), List.of())));
        check("evidence packet page", PacketPageView.TEMPLATE, new PacketPageView(signedIn, "Evidence packet \u2014 Bob",
                "bob", "2026-09-01", "2026-11-30", "<div class=\"gluework-packet\"></div>"));
        check("My glue page", MyGluePageView.TEMPLATE, new MyGluePageView(signedIn, "My glue", myGlueHtml()));
        check("my suggestions, some", MySuggestionsPageView.TEMPLATE, new MySuggestionsPageView(signedIn, List.of(
                new MySuggestionsPageView.Item("GW-22", "Code review", "Reviewed the logging pull request", "Likely",
                        "The comment names the change.", "2026-03-04 10:00", List.of(new MySuggestionsPageView.Trace(
                        "Approved it in a comment", "2026-03-04 10:00", "https://jira.example.test/browse/GW-22"),
                        new MySuggestionsPageView.Trace("The pull request", "2026-03-04 10:00", ""))))));
        check("my suggestions, none", MySuggestionsPageView.TEMPLATE, new MySuggestionsPageView(signedIn, List.of()));
        check("report page", ReportPageView.TEMPLATE, new ReportPageView(signedIn,
                new InMemorySprintReports().withHeroSprint().renderPage("alice", null, null)));
        check("message page, signed in", MessagePageView.TEMPLATE, new MessagePageView(signedIn, "Issue not found",
                "Issue GW-999 does not exist or you do not have permission to see it."));
        check("message page, anonymous", MessagePageView.TEMPLATE, new MessagePageView(anonymous, "Choose a demo user",
                "Pick who you are in the menu at the top right."));
        check("report page, live Jira", ReportPageView.TEMPLATE, new ReportPageView(FrameView.live("Morgan Hall",
                "https://jira.example.test/jira"), new InMemorySprintReports().withHeroSprint().renderPage("alice", null, null)));
        check("message page, live Jira down", MessagePageView.TEMPLATE, new MessagePageView(FrameView.live("",
                "https://jira.example.test/jira"), "Jira cannot be reached", "Could not reach Jira at https://jira.example.test/jira."));

        for (WikiPage page : WikiSpace.demo().pages()) {
            // The real macro without a Jira link: its message version (its report version is checked in its own tests).
            GlueSprintSummaryMacro macro = new GlueSprintSummaryMacro(new FixedApplicationLinkService(List.of()),
                    new ExpiringCacheManager(Duration.ofSeconds(60)), new VelocityTemplateRenderer(), PreviewConfluence.signedInAs("alice"));
            StringBuilder body = new StringBuilder();
            for (StorageFormat.Segment segment : StorageFormat.split(page.storage(), WikiPageServlet.MACRO_NAME)) {
                body.append(segment.isMacro() ? macro.execute(segment.macroParameters().orElseThrow(), "", () -> "display")
                        : segment.storage());
            }
            check("wiki page " + page.slug(), WikiPageView.TEMPLATE, new WikiPageView(signedIn, WikiSpace.NAME, page.title(),
                    "Dave Kowalski", page.labels(), body.toString(), "/wiki/spaces/PAY/pages/" + page.slug() + "?output=pdf")
                    .withGlue("Credited: Dave Kowalski \u2014 docs & runbooks, corroborated by 2", true,
                            new RecordGlueFormView(List.of(new RecordGlueFormView.PickerOption("documentation", "Docs & runbooks", true)),
                                    List.of(new RecordGlueFormView.PickerOption("dave", "Dave Kowalski", true)), "GW-30",
                                    "Wrote it", "Fewer pages", Map.of("summary", "Say what was done."), true),
                            "Recorded as glue work in Payments Jira.", "success"));
        }
        check("admin page, administrator", AdminPageView.TEMPLATE, new AdminPageView(signedIn.withAdministrator(true),
                renderer.render(com.gluework.web.view.AdminPageTemplate.TEMPLATE,
                        com.gluework.web.view.AdminPageTemplate.context("/rest/gluework/1.0", "GW"))));

        // then
        assertEquals("every preview template is rendered here or included by one that is", previewTemplates(), included(renderedTemplates));
        assertEquals("Move behaviour into the JavaScript files; the pages allow no inline script", List.of(), findings);
    }

    private String panelHtml(Optional<String> viewer, List<Contribution> contributions) {
        InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
        Clock clock = Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);
        IssuePanelViewFactory panels = new IssuePanelViewFactory(
                new ContributionService(new InMemoryContributionRepository(), categories, host, host, host, clock), host, categories, clock);
        IssuePanelView view = panels.create(new IssueContributions(ContributionBuilder.GW_1, contributions), viewer);
        return renderer.render(IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY, view));
    }

    /** The My glue body with a note, glue and a corroboration received, as gluework-web renders it. */
    private String myGlueHtml() {
        com.gluework.web.testing.InMemoryGlueWork glueWork = new com.gluework.web.testing.InMemoryGlueWork();
        long caught = glueWork.record("bob", "GW-1", "review", "Caught a race");
        glueWork.service.corroborate(Optional.of("dave"), caught, "saw it");
        glueWork.myGlue.saveMyNote(Optional.of("bob"), "2026-W48", List.of("Unblocked carol"), "PRIVATE", null);
        String html = new com.gluework.web.view.MyGluePage(glueWork.myGlue, glueWork.host, renderer,
                new com.gluework.web.report.BundleReportTexts(), glueWork.clock)
                .render(Optional.of("bob"), null, null, "/my-glue", "/packet").bodyHtml();
        org.junit.Assert.assertTrue(html, html.contains("gluework-myglue-noteitem"));
        return html;
    }

    private void check(String state, String template, Object page) {
        renderedTemplates.add(template);
        InlineScripts.inRenderedHtml(renderer.render(template, Map.of("page", page))).forEach(f -> findings.add(state + ": " + f));
    }

    /** The templates and everything they {@code #parse}, transitively. */
    private static Set<String> included(Set<String> templates) throws IOException {
        Set<String> all = new TreeSet<>();
        Deque<String> open = new ArrayDeque<>(templates);
        while (!open.isEmpty()) {
            String template = open.pop();
            if (all.add(template)) {
                Matcher parse = PARSE.matcher(Files.readString(RESOURCES.resolve(template), StandardCharsets.UTF_8));
                while (parse.find()) {
                    open.push(parse.group(1));
                }
            }
        }
        return all;
    }

    private static Set<String> previewTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            return files.filter(f -> f.toString().endsWith(".vm"))
                    .map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
