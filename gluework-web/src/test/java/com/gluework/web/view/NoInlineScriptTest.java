package com.gluework.web.view;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.Person;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.FieldChange;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.service.ContributionService;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.web.testing.ContributionBuilder;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.InMemorySprintReports;
import com.gluework.web.testing.InlineScripts;
import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.gluework.web.testing.ContributionBuilder.aContribution;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * No page or fragment may need inline script: Jira and Confluence can run under a strict Content-Security-Policy, and
 * the preview does. Every template of this module is rendered here in each of its states (with the models the template
 * tests use) and the output searched for event-handler attributes, {@code javascript:} URLs and inline scripts without
 * a nonce ({@link InlineScripts}). The sources of every template in the repository are searched too, so one that no
 * test renders — a new page, another module's — is caught as well. Behaviour belongs in the JavaScript files.
 */
public class NoInlineScriptTest {
    private static final Set<String> NOT_OURS = Set.of("target", "node_modules", ".git", "data", ".idea");

    private final FakeHost host = new FakeHost()
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder")
            .withPerson("carol", "Carol Reviewer").withPerson("dave", "Dave Docs");
    private final EscapingVelocityViewRenderer renderer = new EscapingVelocityViewRenderer();
    private final Set<String> renderedTemplates = new TreeSet<>();
    private final List<String> findings = new ArrayList<>();
    private final Set<String> reportParts = new TreeSet<>();

    @Test
    public void everyTemplateOfThisModule_inEveryState_shouldRenderWithoutInlineScript() throws IOException {
        // when: the issue panel as an editor, a corroborator, the contributor, a stranger and an anonymous viewer
        Contribution full = aContribution().id(7).by("carol").noticedBy("bob").category("review")
                .summary("Caught a data race").impact("Avoided a double charge").helped("dave")
                .evidence("https://github.com/acme/payments/pull/482").corroboratedWithNote("dave", "saw it").build();
        Contribution retired = aContribution().id(8).by("carol").summary("Retired one").retired().version(2).build();
        List<Contribution> many = new ArrayList<>(List.of(full, retired));
        for (int i = 0; i < 7; i++) {
            many.add(aContribution().id(20 + i).by("bob").summary("Glue " + i).build());
        }
        for (String viewer : List.of("alice", "bob", "carol", "dave")) {
            checkPanel(Optional.of(viewer), many);
        }
        checkPanel(Optional.of("alice"), List.of());
        checkPanel(Optional.empty(), List.of(full));
        checkPanel(Optional.empty(), List.of());

        // and a contribution's history, with every kind of change and without any
        Instant at = Instant.parse("2026-11-25T10:15:30Z");
        List<ContributionChange> history = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            history.add(new ContributionChange(history.size() + 1, 7, "bob", at, kind, List.of(
                    new FieldChange("summary", "Before", "After"), new FieldChange("evidenceLinks", "", "https://x.example/1"))));
        }
        checkHistory(history);
        checkHistory(List.of());

        // and the sprint report: with a hero, an earlier sprint, a board without sprints, and no board at all
        InMemorySprintReports reports = new InMemorySprintReports().withHeroSprint();
        for (int i = 0; i < 12; i++) {
            Contribution win = reports.add("bob", "review", "GW-2", "2026-03-19", "Reviewed change " + i, "Caught bug " + i,
                    "https://git.example.com/pr/" + i);
            reports.store.addCorroboration(win.id(), "carol", "saw it", InMemorySprintReports.NOW);
        }
        checkReport(reports, "alice", null, null);
        checkReport(reports, "alice", 1L, 1L);
        reports.sprints.withBoard(2, "Empty board");
        checkReport(reports, "alice", 1L, 2L);
        checkReport(reports, "alice", 2L, null);
        reports.sprints.hidingBoardFrom("dave", 1).hidingBoardFrom("dave", 2);
        checkReport(reports, "dave", null, null);

        // and the evidence packet: one's own with its audit log, a lead's view, and an empty period
        Contribution packetGlue = aContribution().id(30).by("bob").category("review").summary("Caught a race")
                .impact("Avoided a double charge").helped("dave").evidence("https://github.com/acme/payments/pull/482")
                .corroboratedWithNote("carol", "saw it").build();
        Contribution selfReported = aContribution().id(31).by("bob").category("documentation").summary("Wrote the runbook").build();
        checkPacket("bob", List.of(packetGlue, selfReported));
        checkPacket("alice", List.of(packetGlue, selfReported));
        checkPacket("bob", List.of());

        // and My glue: empty, then with glue, a corroboration received, and a private note
        com.gluework.web.testing.InMemoryGlueWork glueWork = new com.gluework.web.testing.InMemoryGlueWork();
        checkMyGlue(glueWork, "bob");
        long caught = glueWork.record("bob", "GW-1", "review", "Caught a race");
        glueWork.service.corroborate(Optional.of("dave"), caught, "saw it");
        glueWork.record("bob", "GW-2", "documentation", "Wrote the runbook");
        glueWork.myGlue.saveMyNote(Optional.of("bob"), "2026-W48", List.of("Unblocked carol"), "PRIVATE", null);
        checkMyGlue(glueWork, "bob");
        // and the admin page's body, with a hostile project key that must stay an attribute value
        check("admin page", AdminPageTemplate.TEMPLATE, AdminPageTemplate.context("/rest/gluework/1.0", ""));
        check("admin page of a project", AdminPageTemplate.TEMPLATE,
                AdminPageTemplate.context("/rest/gluework/1.0", "GW\" onmouseover=\"alert(1)\"><script>alert(1)</script>"));

        // then: each template was rendered, the report with every optional part (so the check saw their markup)
        assertEquals("every template of gluework-web is rendered here", webTemplates(), renderedTemplates);
        assertEquals(Set.of("comparison", "hero alert", "issue links", "message", "more wins"), reportParts);
        assertEquals("Move behaviour into the JavaScript files; the pages allow no inline script", List.of(), findings);
    }

    @Test
    public void everyTemplateSourceInTheRepository_shouldWriteNoInlineScript() throws IOException {
        // given
        Path root = repositoryRoot();
        List<Path> templates = templateSources(root);

        // when
        List<String> offending = new ArrayList<>();
        for (Path template : templates) {
            InlineScripts.inTemplateSource(Files.readString(template, StandardCharsets.UTF_8))
                    .forEach(f -> offending.add(root.relativize(template) + ": " + f));
        }

        // then
        assertTrue("found no templates under " + root, templates.size() >= 5);
        assertEquals("Move behaviour into the JavaScript files; the pages allow no inline script", List.of(), offending);
    }

    private void checkPanel(Optional<String> viewer, List<Contribution> contributions) {
        InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        IssuePanelViewFactory factory = new IssuePanelViewFactory(
                new ContributionService(new InMemoryContributionRepository(), categories, host, host, host, clock),
                host, categories, clock);
        IssuePanelView view = factory.create(new IssueContributions(ContributionBuilder.GW_1, contributions), viewer);
        check("issue panel as " + viewer.orElse("anonymous") + " with " + contributions.size() + " contributions",
                IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY, view));
    }

    private void checkHistory(List<ContributionChange> history) {
        ContributionHistoryView view = new ContributionHistoryViewFactory(host, new InMemoryCategoryRepository(),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)).create(7, history);
        check("history with " + history.size() + " changes", ContributionHistoryView.TEMPLATE,
                Map.of(ContributionHistoryView.CONTEXT_KEY, view));
    }

    private void checkPacket(String viewer, List<Contribution> glue) {
        Person bob = host.findPerson("bob").orElseThrow();
        com.gluework.core.career.EvidencePacket packet = new com.gluework.core.career.EvidencePacketAssembler().assemble(bob,
                new com.gluework.core.career.ReviewPeriod(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)),
                glue, com.gluework.core.model.DefaultCategories.all());
        com.gluework.core.career.ReviewEvidence evidence = new com.gluework.core.career.ReviewEvidence(packet,
                new com.gluework.core.career.CalibrationDraftWriter().draft(packet),
                host.findPeople(List.of("alice", "bob", "carol", "dave")));
        Person alice = host.findPerson("alice").orElseThrow();
        List<com.gluework.core.service.EvidencePacketService.ViewOfMyPacket> views = List.of(
                new com.gluework.core.service.EvidencePacketService.ViewOfMyPacket(new com.gluework.core.career.PacketView(
                        "alice", "bob", packet.period(), Instant.parse("2026-11-25T10:15:30Z")), alice));
        EvidencePacketView view = EvidencePacketViewFactory.create(evidence, new com.gluework.web.report.BundleReportTexts(),
                "/rest/gluework/1.0", viewer, views);
        check("evidence packet of bob for " + viewer + " with " + glue.size() + " contributions", EvidencePacketView.TEMPLATE,
                Map.of(EvidencePacketView.CONTEXT_KEY, view));
    }

    private void checkMyGlue(com.gluework.web.testing.InMemoryGlueWork glueWork, String viewer) {
        renderedTemplates.add(MyGlueView.TEMPLATE);
        String html = new MyGluePage(glueWork.myGlue, glueWork.host, renderer, new com.gluework.web.report.BundleReportTexts(),
                glueWork.clock).render(Optional.of(viewer), null, null, "/my-glue", "/packet").bodyHtml();
        assertTrue(html, html.contains("gluework-myglue-note"));
        InlineScripts.inRenderedHtml(html).forEach(f -> findings.add("My glue of " + viewer + ": " + f));
    }

    private void checkReport(InMemorySprintReports reports, String viewer, Long board, Long sprint) {
        renderedTemplates.add(SprintReportView.TEMPLATE);
        String html = reports.renderPage(viewer, board, sprint);
        Map.of("gluework-win-issue", "issue links", "gluework-more-wins", "more wins", "gluework-hero-alert", "hero alert",
                "gluework-comparison-table", "comparison", "gluework-report-empty", "message")
                .forEach((marker, part) -> {
                    if (html.contains(marker)) {
                        reportParts.add(part);
                    }
                });
        InlineScripts.inRenderedHtml(html).forEach(f -> findings.add(
                "sprint report for " + viewer + ", board " + board + ", sprint " + sprint + ": " + f));
    }

    private void check(String state, String template, Map<String, Object> context) {
        renderedTemplates.add(template);
        InlineScripts.inRenderedHtml(renderer.render(template, context)).forEach(f -> findings.add(state + ": " + f));
    }

    /** The module's templates as classpath names, e.g. {@code templates/gluework/issue-panel.vm}. */
    private static Set<String> webTemplates() throws IOException {
        Path resources = Path.of("src", "main", "resources");
        try (Stream<Path> files = Files.walk(resources.resolve("templates"))) {
            return files.filter(f -> f.toString().endsWith(".vm"))
                    .map(f -> resources.relativize(f).toString().replace('\\', '/'))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** Every Velocity template and HTML file under any module's {@code src}, build output and npm packages left out. */
    private static List<Path> templateSources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> isOurs(root, f))
                    .filter(f -> root.relativize(f).toString().replace('\\', '/').contains("/src/"))
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return name.endsWith(".vm") || name.endsWith(".html") || name.endsWith(".htm");
                    })
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isOurs(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (NOT_OURS.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    /** The folder with the parent POM: this module's parent directory, as Maven runs tests from the module. */
    private static Path repositoryRoot() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertTrue("expected the parent POM beside " + Path.of("").toAbsolutePath(), Files.isRegularFile(root.resolve("pom.xml")));
        return root;
    }
}
