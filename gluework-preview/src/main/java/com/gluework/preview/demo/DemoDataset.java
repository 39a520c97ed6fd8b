package com.gluework.preview.demo;

import com.gluework.preview.access.PreviewAccessPolicy.ProjectPermissions;
import com.gluework.preview.jirarest.JiraRestDocuments;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo team's world: Jira REST documents for users, projects, issues and sprints, and the glue contributions
 * the store starts with. Deterministic: the same {@link #SEED}, day and base URL give byte-identical output.
 *
 * @param jira          what a Jira at {@code baseUrl} would answer
 * @param contributions what the team had recorded before the preview started, oldest first
 */
public record DemoDataset(DemoCalendar calendar, JiraRestDocuments jira, List<SeedContribution> contributions) {
    public static final long SEED = 20_240_611L;
    public static final String GW_PROJECT_NAME = "Payments Platform";
    public static final String SEC_PROJECT_NAME = "Security Incidents";
    public static final long BOARD_ID = 1;
    public static final String FIRST_ISSUE_KEY = "GW-1";

    public DemoDataset {
        contributions = List.copyOf(contributions);
    }

    /** @param baseUrl where the documents say they come from (their {@code self} and avatar links) */
    public static DemoDataset generate(Clock clock, URI baseUrl) {
        DemoCalendar calendar = new DemoCalendar(clock);
        // One seeded stream per part, so a change to one part never reshuffles the other.
        JiraRestDocuments jira = new DemoJiraDocuments(calendar, baseUrl, new Random(SEED)).generate();
        List<SeedContribution> contributions = new DemoContributions(calendar, new Random(SEED + 1)).generate();
        return new DemoDataset(calendar, jira, contributions);
    }

    public static String sprintName(int sprint) {
        return "Payments Sprint " + sprint;
    }

    /** GW is the whole team's, administered by alice; SEC is alice's alone, so SEC-1 shows the "404 without revealing" rule. */
    /** The demo's Jira administrators (the team lead): they may export anyone's personal data (issue 11). */
    public static Set<String> siteAdministrators() {
        return Set.of(DemoTeam.ALICE);
    }

    public static Map<String, ProjectPermissions> permissions() {
        return Map.of(
                "GW", ProjectPermissions.openToEveryone(Set.of(DemoTeam.ALICE)),
                "SEC", ProjectPermissions.restrictedTo(Set.of(DemoTeam.ALICE), Set.of(DemoTeam.ALICE)));
    }

    /** Who administers Glue Work on the demo: alice, the team lead (she opens the admin page at /admin). */
    public static Set<String> administrators() {
        return Set.of(DemoTeam.ALICE);
    }

    /**
     * The demo's host groups: dave, the staff engineer, leads without administering a project. He sees others' packets
     * once an admin names "engineering-leads" as the leads' group on the admin page.
     */
    public static Map<String, Set<String>> groups() {
        return Map.of(LEADS_GROUP, Set.of(DemoTeam.DAVE));
    }

    public static final String LEADS_GROUP = "engineering-leads";

    /** The project administrators of {@link #permissions()}, by project key. */
    public static Map<String, Set<String>> projectAdministrators() {
        Map<String, Set<String>> admins = new java.util.HashMap<>();
        permissions().forEach((project, permissions) -> admins.put(project, permissions.administrators()));
        return admins;
    }
}
