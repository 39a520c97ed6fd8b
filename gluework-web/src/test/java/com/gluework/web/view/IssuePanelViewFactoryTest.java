package com.gluework.web.view;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.service.ContributionService;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.web.testing.ContributionBuilder;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.gluework.web.testing.ContributionBuilder.aContribution;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class IssuePanelViewFactoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T23:30:00Z"), ZoneOffset.UTC);

    private final FakeHost host = new FakeHost()
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder")
            .withPerson("carol", "Carol Reviewer").withPerson("dave", "Dave Docs");
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository(List.of(
            new Category("review", "Code review", "Reviewed a change deeply.", "", "", true, 20),
            new Category("clarification", "Requirement clarification", "Turned a vague ask into a buildable one.", "", "", true, 10),
            new Category("legacy", "Retired category", "No longer offered.", "", "", false, 30)));
    private final IssuePanelViewFactory factory = factoryOver(host);

    @Test
    public void create_shouldShowEachActiveContributionWithNamesInsteadOfKeys() {
        // given
        IssueContributions shown = issueWith(aContribution().id(1).by("carol").category("review").summary("Caught a race")
                .impact("Avoided a double charge").build());

        // when
        IssuePanelView view = factory.create(shown, Optional.of("alice"));

        // then
        assertEquals("GW-1", view.getIssueKey());
        assertEquals(1, view.getCount());
        ContributionRowView row = view.getContributions().get(0);
        assertEquals(1L, row.getId());
        assertEquals("review", row.getCategoryKey());
        assertEquals("Code review", row.getCategoryName());
        assertEquals("Carol Reviewer", row.getContributorName());
        assertEquals("Caught a race", row.getSummary());
        assertEquals("Avoided a double charge", row.getImpact());
        assertEquals("2026-11-24", row.getOccurredOn());
    }

    @Test
    public void create_shouldListNewestFirstSoFreshGlueIsNeverBehindShowAll() {
        // given: the service lists oldest first
        IssueContributions shown = issueWith(
                aContribution().id(1).createdAt(java.time.Instant.parse("2026-11-01T10:00:00Z")).build(),
                aContribution().id(2).createdAt(java.time.Instant.parse("2026-11-02T10:00:00Z")).build(),
                aContribution().id(3).createdAt(java.time.Instant.parse("2026-11-03T10:00:00Z")).build(),
                aContribution().id(4).createdAt(java.time.Instant.parse("2026-11-04T10:00:00Z")).build(),
                aContribution().id(5).createdAt(java.time.Instant.parse("2026-11-05T10:00:00Z")).build(),
                aContribution().id(6).createdAt(java.time.Instant.parse("2026-11-06T10:00:00Z")).build());

        // when
        List<ContributionRowView> rows = factory.create(shown, Optional.of("alice")).getContributions();

        // then
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), rows.stream().map(ContributionRowView::getId).toList());
        assertEquals(List.of(1L), rows.stream().filter(ContributionRowView::isOverflow).map(ContributionRowView::getId).toList());
    }

    @Test
    public void create_shouldLeaveRetiredContributionsOutOfRowsAndCount() {
        // given
        IssueContributions shown = issueWith(
                aContribution().id(1).summary("kept").build(),
                aContribution().id(2).summary("retired").retired().build());

        // when
        IssuePanelView view = factory.create(shown, Optional.of("alice"));

        // then
        assertEquals(1, view.getCount());
        assertEquals("kept", view.getContributions().get(0).getSummary());
    }

    @Test
    public void create_shouldNameACategoryThatIsNoLongerActiveButNotOfferIt() {
        // given
        IssueContributions shown = issueWith(aContribution().category("legacy").build());

        // when
        IssuePanelView view = factory.create(shown, Optional.of("alice"));

        // then
        assertEquals("Retired category", view.getContributions().get(0).getCategoryName());
        assertEquals(List.of("clarification", "review"), view.getCategories().stream().map(CategoryOptionView::getKey).toList());
        assertEquals("Turned a vague ask into a buildable one.", view.getCategories().get(0).getDefinition());
        assertEquals("Requirement clarification", view.getCategories().get(0).getName());
    }

    @Test
    public void create_shouldShowAPeerObservationWithWhoNoticedIt() {
        // given
        IssueContributions shown = issueWith(aContribution().id(2).by("dave").build(),
                aContribution().by("carol").noticedBy("bob").build());

        // when
        IssuePanelView view = factory.create(shown, Optional.of("alice"));

        // then
        ContributionRowView peerObserved = view.getContributions().get(0);
        assertTrue(peerObserved.isPeerObservation());
        assertEquals("Bob Builder", peerObserved.getRecordedByName());
        assertFalse(view.getContributions().get(1).isPeerObservation());
    }

    @Test
    public void create_shouldListCorroboratorsByNameAndCountThem() {
        // given
        IssueContributions shown = issueWith(aContribution().by("carol").corroboratedBy("dave", "bob").build());

        // when
        ContributionRowView row = factory.create(shown, Optional.of("alice")).getContributions().get(0);

        // then
        assertEquals(2, row.getCorroborationCount());
        assertEquals("Dave Docs, Bob Builder", row.getCorroboratorNames());
    }

    @Test
    public void create_shouldLetOnlyAPeerWhoHasNotYetCorroboratedDoSo() {
        // given
        IssueContributions shown = issueWith(
                aContribution().id(3).by("carol").corroboratedBy("alice").build(),
                aContribution().id(2).by("alice").build(),
                aContribution().id(1).by("carol").build());

        // when
        List<ContributionRowView> rows = factory.create(shown, Optional.of("alice")).getContributions();

        // then
        assertTrue("someone else's glue", rows.get(0).isCanCorroborate());
        assertFalse("her own glue", rows.get(1).isCanCorroborate());
        assertFalse("already corroborated", rows.get(2).isCanCorroborate());
    }

    @Test
    public void create_shouldNotLetTheRecorderOfAPeerObservationCorroborateIt() {
        // given: Bob noticed Carol's work and recorded it
        IssueContributions shown = issueWith(aContribution().by("carol").noticedBy("bob").build());

        // when
        ContributionRowView asRecorder = factory.create(shown, Optional.of("bob")).getContributions().get(0);
        ContributionRowView asThirdPerson = factory.create(shown, Optional.of("dave")).getContributions().get(0);

        // then
        assertFalse(asRecorder.isCanCorroborate());
        assertTrue(asThirdPerson.isCanCorroborate());
    }

    @Test
    public void create_shouldAskTheHostWhetherTheViewerIsAProjectAdminOncePerPanel() {
        // given: six contributions by others, viewed by a project admin through a host that counts its checks
        host.withProjectAdmin("alice");
        CountingAccessPolicy counting = new CountingAccessPolicy(host);
        ContributionService service = new ContributionService(new InMemoryContributionRepository(), categories, host,
                host, counting, CLOCK);
        IssuePanelViewFactory countedFactory = new IssuePanelViewFactory(service, host, categories, CLOCK);
        IssueContributions shown = issueWith(aContribution().id(1).by("carol").build(), aContribution().id(2).by("dave").build(),
                aContribution().id(3).by("bob").build(), aContribution().id(4).by("carol").noticedBy("dave").build(),
                aContribution().id(5).by("dave").retired().build(), aContribution().id(6).by("bob").build());

        // when
        List<ContributionRowView> rows = countedFactory.create(shown, Optional.of("alice")).getContributions();

        // then
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(ContributionRowView::isCanEdit));
        assertEquals(1, counting.adminChecks);
    }

    @Test
    public void create_shouldShowRetiredRowsOnlyToThoseWhoMayRestoreThem() {
        // given: Bob recorded Carol's glue, then retired it
        IssueContributions shown = issueWith(aContribution().id(1).by("carol").noticedBy("bob").retired().build());

        // when / then
        for (String editor : List.of("bob", "carol")) {
            List<ContributionRowView> rows = factory.create(shown, Optional.of(editor)).getContributions();
            assertEquals(editor, 1, rows.size());
            assertTrue(rows.get(0).isRetired());
            assertTrue(rows.get(0).isCanEdit());
        }
        assertEquals(List.of(), factory.create(shown, Optional.of("dave")).getContributions());
        assertEquals(List.of(), factory.create(shown, Optional.empty()).getContributions());
    }

    @Test
    public void create_shouldOfferNothingToChangeToAnAnonymousViewer() {
        // given
        IssueContributions shown = issueWith(aContribution().by("carol").build());

        // when
        IssuePanelView view = factory.create(shown, Optional.empty());

        // then
        assertFalse(view.isCanRecord());
        assertFalse(view.getContributions().get(0).isCanCorroborate());
        assertTrue(view.getPeople().isEmpty());
        assertEquals("", view.getCurrentUserKey());
    }

    @Test
    public void create_shouldOfferActiveTeammatesSortedByNameWithoutTheViewer() {
        // given
        FakeHost withFormerColleague = new FakeHost().withPerson("alice", "Alice Lead").withPerson("zed", "Aaron Zed")
                .withPerson("bob", "Bob Builder");
        PeopleWithInactive people = new PeopleWithInactive(withFormerColleague, new Person("gone", "gone", "Gone Person", "", false));
        IssuePanelViewFactory factoryWithFormer = new IssuePanelViewFactory(
                new ContributionService(new InMemoryContributionRepository(), categories, host, people, host, CLOCK), people,
                categories, CLOCK);

        // when
        IssuePanelView view = factoryWithFormer.create(issueWith(), Optional.of("alice"));

        // then
        assertTrue(view.isCanRecord());
        assertEquals("alice", view.getCurrentUserKey());
        assertEquals(List.of("zed", "bob"), view.getPeople().stream().map(PersonView::getKey).toList());
        assertEquals("Aaron Zed", view.getPeople().get(0).getDisplayName());
    }

    @Test
    public void create_shouldNeverTurnANonHttpLinkIntoAnEvidenceLink() {
        // given: a store returned links the rules would have refused
        IssueContributions shown = issueWith(aContribution().evidence("javascript:alert(1)", "data:text/html,hi",
                "https://github.com/acme/payments/pull/482", "/relative/path").build());

        // when
        List<LinkView> links = factory.create(shown, Optional.of("alice")).getContributions().get(0).getEvidenceLinks();

        // then
        assertEquals(1, links.size());
        assertEquals("https://github.com/acme/payments/pull/482", links.get(0).getHref());
        assertEquals("github.com/acme/payments/pull/482", links.get(0).getLabel());
    }

    @Test
    public void create_shouldShortenLongLinkLabelsButKeepTheFullHref() {
        // given
        String longLink = "https://confluence.example.com/display/PAY/" + "x".repeat(100) + "?pageId=1";
        IssueContributions shown = issueWith(aContribution().evidence(longLink).build());

        // when
        LinkView link = factory.create(shown, Optional.of("alice")).getContributions().get(0).getEvidenceLinks().get(0);

        // then
        assertEquals(longLink, link.getHref());
        assertEquals(60, link.getLabel().length());
        assertTrue(link.getLabel().startsWith("confluence.example.com/display/PAY/xxx"));
        assertTrue(link.getLabel().endsWith("\u2026"));
    }

    @Test
    public void create_shouldShowTheKeyOfAUserTheDirectoryNoLongerKnows() {
        // given
        IssueContributions shown = issueWith(aContribution().by("JIRAUSER10400").build());

        // when
        ContributionRowView row = factory.create(shown, Optional.of("alice")).getContributions().get(0);

        // then
        assertEquals("JIRAUSER10400", row.getContributorName());
    }

    @Test
    public void create_shouldTakeTodayFromTheClockAndLimitsFromTheRules() {
        // when
        IssuePanelView view = factory.create(issueWith(), Optional.of("alice"));

        // then
        assertEquals("2026-11-25", view.getToday());
        assertEquals(255, view.getMaxSummaryLength());
        assertEquals(2000, view.getMaxImpactLength());
        assertEquals(5, view.getMaxEvidenceLinks());
        assertEquals(0, view.getCount());
    }

    @Test
    public void create_onAProjectWithItsOwnSet_shouldOfferAndExplainThatSetOnly_andOthersTheInstanceSet() {
        // given: GW has a set of its own with one category; other projects use the instance set
        com.gluework.core.testing.InMemoryDefinitionsRepository definitions =
                new com.gluework.core.testing.InMemoryDefinitionsRepository().withAdmin("alice");
        new com.gluework.core.service.DefinitionsService(definitions, definitions, CLOCK).addCategory(Optional.of("alice"),
                Optional.of("GW"), new com.gluework.core.service.DefinitionsService.CategoryInput("payments-oncall",
                        "Payments on-call", "Carried the pager for the payments team.", "", "Quality & reliability"));
        ContributionService service = new ContributionService(new InMemoryContributionRepository(), definitions, host,
                host, host, CLOCK);
        IssuePanelViewFactory projectAware = new IssuePanelViewFactory(service, host, definitions, CLOCK);

        // when
        IssuePanelView onGw = projectAware.create(issueWith(), Optional.of("alice"));
        IssuePanelView onSec = projectAware.create(new IssueContributions(
                new com.gluework.core.model.IssueRef(20001, "SEC-1", 20000, "SEC", ""), List.of()), Optional.of("alice"));

        // then
        assertEquals(List.of("payments-oncall"), onGw.getCategories().stream().map(CategoryOptionView::getKey).toList());
        assertEquals(8, onSec.getCategories().size());
        assertTrue(onSec.getCategories().stream().noneMatch(c -> c.getKey().equals("payments-oncall")));
    }

    private IssuePanelViewFactory factoryOver(FakeHost people) {
        ContributionService service = new ContributionService(new InMemoryContributionRepository(), categories, people,
                people, people, CLOCK);
        return new IssuePanelViewFactory(service, people, categories, CLOCK);
    }

    private static IssueContributions issueWith(Contribution... contributions) {
        return new IssueContributions(ContributionBuilder.GW_1, List.of(contributions));
    }

    /** The test host's permissions, counting how often the project-admin check is asked. */
    private static final class CountingAccessPolicy implements AccessPolicy {
        private final AccessPolicy delegate;
        int adminChecks;

        CountingAccessPolicy(AccessPolicy delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean canBrowse(Optional<String> actorKey, IssueRef issue) {
            return delegate.canBrowse(actorKey, issue);
        }

        @Override
        public boolean canAdministerProject(String actorKey, IssueRef issue) {
            adminChecks++;
            return delegate.canAdministerProject(actorKey, issue);
        }
    }

    /** A directory that also holds one deactivated user, as Jira's does after someone leaves. */
    private static final class PeopleWithInactive implements com.gluework.core.port.PeopleDirectory {
        private final FakeHost host;
        private final Person inactive;

        PeopleWithInactive(FakeHost host, Person inactive) {
            this.host = host;
            this.inactive = inactive;
        }

        @Override
        public Optional<Person> findPerson(String userKey) {
            return userKey.equals(inactive.key()) ? Optional.of(inactive) : host.findPerson(userKey);
        }

        @Override
        public Map<String, Person> findPeople(Collection<String> userKeys) {
            return host.findPeople(userKeys);
        }

        @Override
        public List<Person> searchPeople(String query, int limit) {
            List<Person> all = new ArrayList<>(host.searchPeople(query, limit));
            all.add(inactive);
            return all;
        }
    }
}
