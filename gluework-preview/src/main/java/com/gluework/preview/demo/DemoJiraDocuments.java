package com.gluework.preview.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gluework.preview.jirarest.JiraRestDocuments;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static com.gluework.preview.demo.DemoTeam.ALICE;
import static com.gluework.preview.demo.DemoTeam.BOB;
import static com.gluework.preview.demo.DemoTeam.CAROL;
import static com.gluework.preview.demo.DemoTeam.DAVE;
import static com.gluework.preview.demo.DemoTeam.ERIN;
import static com.gluework.preview.demo.DemoTeam.FRANK;

/**
 * Writes the demo backlog as the JSON Jira Data Center would answer: {@code /rest/api/2/user/search},
 * {@code /rest/api/2/project/{key}}, {@code /rest/api/2/search?expand=changelog} and
 * {@code /rest/agile/1.0/board/1/sprint}. Shapes follow real responses field for field (see the recorded responses in
 * testdata/); values come from {@link DemoBacklog}, {@link DemoTeam} and a seeded random, so the output
 * is the same for the same day.
 */
final class DemoJiraDocuments {
    /** api/2 timestamps ({@code 2011-12-15T15:35:06.000+1300}) and Agile API ones ({@code …-07:00}) differ in the offset. */
    private static final DateTimeFormatter API2_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
    private static final DateTimeFormatter AGILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);
    private static final String SPRINT_FIELD = "customfield_10104";
    private static final String[] SPRINT_GOALS = {
            "Harden card checkout: 3-D Secure 2, webhook signatures, idempotent payouts",
            "Reliable payouts, and the follow-ups of the EU authorisation incident",
            "Capture retries without double charges; payout batching for large merchants"};

    private final DemoCalendar calendar;
    private final String base;
    private final Random random;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private long nextHistoryId = 20000;
    private long nextCommentId = 30000;

    DemoJiraDocuments(DemoCalendar calendar, URI baseUrl, Random random) {
        this.calendar = calendar;
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.random = random;
    }

    JiraRestDocuments generate() {
        ArrayNode users = nodes.arrayNode();
        DemoTeam.members().forEach(m -> users.add(user(m.key())));
        ArrayNode issues = nodes.arrayNode();
        DemoBacklog.issues().forEach(i -> issues.add(issue(i)));
        ObjectNode search = nodes.objectNode();
        search.put("expand", "names,schema").put("startAt", 0).put("maxResults", 1000).put("total", issues.size());
        search.set("issues", issues);
        return new JiraRestDocuments(users,
                List.of(project("GW", DemoIssue.GW_PROJECT_ID, DemoDataset.GW_PROJECT_NAME, "Card payments, payouts and settlement for our merchants."),
                        project("SEC", DemoIssue.SEC_PROJECT_ID, DemoDataset.SEC_PROJECT_NAME, "Security incidents. Restricted: team lead only.")),
                search, Map.of(DemoDataset.BOARD_ID, boardSprints()));
    }

    // ---- users and projects ------------------------------------------------------------------------------------

    private ObjectNode user(String key) {
        DemoTeam.Member member = DemoTeam.member(key).orElseThrow();
        ObjectNode user = nodes.objectNode();
        user.put("self", base + "/rest/api/2/user?username=" + key);
        user.put("key", key).put("name", key).put("emailAddress", member.email());
        ObjectNode avatars = user.putObject("avatarUrls");
        avatars.put("48x48", avatar(key, "large")).put("24x24", avatar(key, "small"))
                .put("16x16", avatar(key, "xsmall")).put("32x32", avatar(key, "medium"));
        user.put("displayName", member.displayName()).put("active", true).put("deleted", false)
                .put("timeZone", member.timeZone()).put("locale", "en_GB");
        return user;
    }

    /** The short user object Jira embeds in issues, comments and histories. */
    private JsonNode userRef(String key) {
        if (key == null) {
            return nodes.nullNode();
        }
        ObjectNode user = user(key);
        user.remove("locale");
        user.remove("deleted");
        return user;
    }

    private String avatar(String key, String size) {
        return base + "/secure/useravatar?size=" + size + "&ownerId=" + key;
    }

    private ObjectNode project(String key, long id, String name, String description) {
        ObjectNode project = projectRef(key, id, name);
        project.put("expand", "description,lead,url,projectKeys");
        project.put("description", description);
        project.set("lead", userRef(ALICE));
        project.putArray("components");
        ArrayNode types = project.putArray("issueTypes");
        types.add(issueType("Story")).add(issueType("Bug")).add(issueType("Task"));
        project.put("assigneeType", "UNASSIGNED");
        project.putArray("versions");
        project.putObject("roles").put("Administrators", base + "/rest/api/2/project/" + id + "/role/10002")
                .put("Developers", base + "/rest/api/2/project/" + id + "/role/10001");
        project.put("projectTypeKey", "software").put("archived", false);
        project.putArray("projectKeys").add(key);
        return project;
    }

    private ObjectNode projectRef(String key, long id, String name) {
        ObjectNode project = nodes.objectNode();
        project.put("self", base + "/rest/api/2/project/" + id).put("id", Long.toString(id)).put("key", key).put("name", name);
        ObjectNode avatars = project.putObject("avatarUrls");
        avatars.put("48x48", base + "/secure/projectavatar?pid=" + id + "&avatarId=10324")
                .put("24x24", base + "/secure/projectavatar?size=small&pid=" + id + "&avatarId=10324");
        project.put("projectTypeKey", "software");
        return project;
    }

    private ObjectNode issueType(String name) {
        int id = switch (name) {
            case "Bug" -> 10004;
            case "Story" -> 10001;
            default -> 10002;
        };
        ObjectNode type = nodes.objectNode();
        type.put("self", base + "/rest/api/2/issuetype/" + id).put("id", Integer.toString(id))
                .put("description", name.equals("Bug") ? "A problem which impairs or prevents the functions of the product."
                        : name.equals("Story") ? "A user story." : "A task that needs to be done.")
                .put("iconUrl", base + "/secure/viewavatar?size=xsmall&avatarId=" + (10300 + id % 100) + "&avatarType=issuetype")
                .put("name", name).put("subtask", false).put("avatarId", 10300 + id % 100);
        return type;
    }

    // ---- sprints -----------------------------------------------------------------------------------------------

    private JsonNode boardSprints() {
        ObjectNode page = nodes.objectNode();
        page.put("maxResults", 50).put("startAt", 0).put("isLast", true);
        ArrayNode values = page.putArray("values");
        for (int sprint = 1; sprint <= DemoCalendar.SPRINT_COUNT; sprint++) {
            values.add(sprint(sprint));
        }
        return page;
    }

    private ObjectNode sprint(int sprint) {
        ObjectNode node = nodes.objectNode();
        boolean active = sprint == DemoCalendar.SPRINT_COUNT;
        node.put("id", sprint).put("self", base + "/rest/agile/1.0/sprint/" + sprint).put("state", active ? "active" : "closed")
                .put("name", DemoDataset.sprintName(sprint))
                .put("startDate", calendar.sprintStartTime(sprint).format(AGILE_TIME))
                .put("endDate", calendar.sprintEndTime(sprint).format(AGILE_TIME));
        if (!active) {
            node.put("completeDate", calendar.sprintEndTime(sprint).plusMinutes(25).format(AGILE_TIME));
        }
        node.put("originBoardId", DemoDataset.BOARD_ID).put("goal", SPRINT_GOALS[sprint - 1]);
        return node;
    }

    /** How Data Center renders the sprint custom field on {@code /rest/api/2}: Greenhopper's {@code toString()}. */
    private String legacySprintText(int sprint) {
        boolean active = sprint == DemoCalendar.SPRINT_COUNT;
        return "com.atlassian.greenhopper.service.sprint.Sprint@" + Integer.toHexString(0x5a1e0 + sprint * 7919)
                + "[id=" + sprint + ",rapidViewId=" + DemoDataset.BOARD_ID + ",state=" + (active ? "ACTIVE" : "CLOSED")
                + ",name=" + DemoDataset.sprintName(sprint)
                + ",startDate=" + calendar.sprintStartTime(sprint).format(AGILE_TIME)
                + ",endDate=" + calendar.sprintEndTime(sprint).format(AGILE_TIME)
                + ",completeDate=" + (active ? "<null>" : calendar.sprintEndTime(sprint).plusMinutes(25).format(AGILE_TIME))
                + ",activatedDate=" + calendar.sprintStartTime(sprint).format(AGILE_TIME)
                + ",sequence=" + sprint + ",goal=" + SPRINT_GOALS[sprint - 1] + ",autoStartStop=false,synced=false]";
    }

    // ---- issues ------------------------------------------------------------------------------------------------

    private enum Status {
        TO_DO("10000", "To Do", 2, "new", "blue-gray", "To Do"),
        IN_PROGRESS("3", "In Progress", 4, "indeterminate", "yellow", "In Progress"),
        IN_REVIEW("10001", "In Review", 4, "indeterminate", "yellow", "In Progress"),
        DONE("10002", "Done", 3, "done", "green", "Done"),
        REOPENED("4", "Reopened", 2, "new", "blue-gray", "To Do");

        final String id;
        final String label;
        final int categoryId;
        final String categoryKey;
        final String categoryColour;
        final String categoryName;

        Status(String id, String label, int categoryId, String categoryKey, String categoryColour, String categoryName) {
            this.id = id;
            this.label = label;
            this.categoryId = categoryId;
            this.categoryKey = categoryKey;
            this.categoryColour = categoryColour;
            this.categoryName = categoryName;
        }
    }

    private record Event(ZonedDateTime at, String author, String field, String from, String fromText, String to, String toText) {
    }

    private record Comment(ZonedDateTime at, String author, String body) {
    }

    private ObjectNode issue(DemoIssue spec) {
        // SEC-1 is on the board too: the team pulled the leaked-key rotation into sprint 3 (a board's filter may span
        // projects), so the sprint report shows that glue on an issue a viewer cannot browse is left out of their totals.
        boolean onBoard = spec.projectKey().equals("GW") || spec.key().equals("SEC-1");
        ZonedDateTime created = calendar.sprintStartTime(spec.firstSprint()).minusDays(2 + random.nextInt(8)).withHour(10)
                .withMinute(random.nextInt(60)).withSecond(random.nextInt(60));
        List<Event> events = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        String vague = "As a merchant I want " + lowerFirst(spec.summary()) + ".";
        String description = spec.clarified() ? acceptanceCriteria(spec) : vague;

        if (onBoard) {
            ZonedDateTime planned = calendar.sprintStartTime(spec.firstSprint()).minusHours(1);
            events.add(new Event(planned, ALICE, "Sprint", null, "", Integer.toString(spec.firstSprint()),
                    DemoDataset.sprintName(spec.firstSprint())));
            for (int i = 1; i < spec.sprints().size(); i++) {
                int sprint = spec.sprints().get(i);
                int previous = spec.sprints().get(i - 1);
                events.add(new Event(calendar.sprintStartTime(sprint).minusHours(1), ALICE, "Sprint",
                        Integer.toString(previous), DemoDataset.sprintName(previous),
                        previous + ", " + sprint, DemoDataset.sprintName(previous) + ", " + DemoDataset.sprintName(sprint)));
                comments.add(new Comment(calendar.sprintStartTime(sprint).minusMinutes(50), ALICE,
                        "Carrying this into " + DemoDataset.sprintName(sprint) + ": mandate storage is merged, the notification part is not."));
            }
        }
        if (spec.clarified()) {
            ZonedDateTime rewritten = created.plusHours(20);
            events.add(new Event(rewritten, BOB, "description", null, vague, null, description));
            comments.add(new Comment(rewritten.plusMinutes(3), BOB,
                    "Rewrote the description into acceptance criteria; the two open questions from refinement are answered inline."));
        }
        addWorkflow(spec, events, comments);
        addStoryComments(spec, comments, created);
        addUnrecordedGlue(spec, events, comments);

        events.removeIf(e -> !calendar.isPast(e.at()));
        comments.removeIf(c -> !calendar.isPast(c.at()));
        events.sort(Comparator.comparing(Event::at));
        comments.sort(Comparator.comparing(Comment::at));

        Status status = Status.TO_DO;
        ZonedDateTime resolved = null;
        ZonedDateTime updated = created;
        for (Event e : events) {
            if (e.field().equals("status")) {
                status = Status.valueOf(e.toText().toUpperCase(Locale.ROOT).replace(' ', '_'));
                resolved = status == Status.DONE ? e.at() : null;
            }
            updated = e.at().isAfter(updated) ? e.at() : updated;
        }
        for (Comment c : comments) {
            updated = c.at().isAfter(updated) ? c.at() : updated;
        }

        ObjectNode issue = nodes.objectNode();
        issue.put("expand", "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations")
                .put("id", Long.toString(spec.id())).put("self", base + "/rest/api/2/issue/" + spec.id()).put("key", spec.key());
        ObjectNode fields = issue.putObject("fields");
        fields.put("summary", spec.summary());
        fields.set("issuetype", issueType(spec.type()));
        fields.set("project", projectRef(spec.projectKey(), spec.projectId(), spec.projectName()));
        fields.set("status", status(status));
        fields.putObject("priority").put("self", base + "/rest/api/2/priority/3").put("name", "Medium").put("id", "3");
        fields.set("assignee", userRef(spec.assignee()));
        fields.set("reporter", userRef(spec.reporter()));
        fields.set("creator", userRef(spec.reporter()));
        fields.put("created", created.format(API2_TIME));
        fields.put("updated", updated.format(API2_TIME));
        if (resolved != null) {
            fields.put("resolutiondate", resolved.format(API2_TIME));
            fields.putObject("resolution").put("self", base + "/rest/api/2/resolution/10000").put("id", "10000")
                    .put("description", "Work has been completed on this issue.").put("name", "Done");
        } else {
            fields.putNull("resolutiondate");
            fields.putNull("resolution");
        }
        fields.putArray("labels").add("payments");
        fields.put("description", description);
        if (onBoard) {
            ArrayNode legacy = fields.putArray(SPRINT_FIELD);
            spec.sprints().forEach(s -> legacy.add(legacySprintText(s)));
            fields.set("sprint", sprint(spec.lastSprint()));
            ArrayNode closed = fields.putArray("closedSprints");
            spec.sprints().stream().filter(s -> s < spec.lastSprint()).forEach(s -> closed.add(sprint(s)));
        } else {
            fields.putNull(SPRINT_FIELD);
        }
        ObjectNode comment = fields.putObject("comment");
        ArrayNode commentList = comment.putArray("comments");
        comments.forEach(c -> commentList.add(comment(spec, c)));
        comment.put("maxResults", comments.size()).put("total", comments.size()).put("startAt", 0);

        ObjectNode changelog = issue.putObject("changelog");
        changelog.put("startAt", 0).put("maxResults", events.size()).put("total", events.size());
        ArrayNode histories = changelog.putArray("histories");
        events.forEach(e -> histories.add(history(e)));
        return issue;
    }

    /** To Do → In Progress → In Review → Done, and for a re-opened issue Done → Reopened → In Progress → In Review → Done. */
    private void addWorkflow(DemoIssue spec, List<Event> events, List<Comment> comments) {
        if (spec.cycleDays() <= 0 || spec.assignee() == null) {
            return;
        }
        int sprint = spec.firstSprint();
        double startH = spec.startDay() * 24 + 9.5 + random.nextDouble();
        double reviewH = startH + spec.cycleDays() * 24 * 0.65 + random.nextDouble();
        double doneH = startH + spec.cycleDays() * 24 - 4 + random.nextDouble();
        events.add(status(calendar.atHour(sprint, startH), spec.assignee(), Status.TO_DO, Status.IN_PROGRESS));
        events.add(status(calendar.atHour(sprint, reviewH), spec.assignee(), Status.IN_PROGRESS, Status.IN_REVIEW));
        comments.add(new Comment(calendar.atHour(sprint, reviewH + 2.5), spec.reviewer(), reviewNote(spec)));
        events.add(status(calendar.atHour(sprint, doneH), spec.reviewer(), Status.IN_REVIEW, Status.DONE));
        if (spec.reopened()) {
            String reopener = spec.reporter().equals(spec.assignee()) ? ALICE : spec.reporter();
            double reopenH = doneH + 22 + random.nextDouble();
            events.add(status(calendar.atHour(sprint, reopenH), reopener, Status.DONE, Status.REOPENED));
            comments.add(new Comment(calendar.atHour(sprint, reopenH + 0.1), reopener,
                    "Re-opening: still reproducible on staging with the merchant's real data."));
            events.add(status(calendar.atHour(sprint, reopenH + 2), spec.assignee(), Status.REOPENED, Status.IN_PROGRESS));
            events.add(status(calendar.atHour(sprint, reopenH + 26), spec.assignee(), Status.IN_PROGRESS, Status.IN_REVIEW));
            events.add(status(calendar.atHour(sprint, reopenH + 45), spec.reviewer(), Status.IN_REVIEW, Status.DONE));
        }
    }

    /** A few comments by people other than the assignee, the ones that make the story visible in Jira. */
    private void addStoryComments(DemoIssue spec, List<Comment> comments, ZonedDateTime created) {
        int sprint = spec.firstSprint();
        switch (spec.key()) {
            case "GW-1" -> {
                comments.add(new Comment(calendar.atHour(sprint, 30), CAROL,
                        "Careful with the retry loop: two workers can both see 'not captured' before either writes. A unique constraint on (payment_id, attempt) closes it."));
                comments.add(new Comment(calendar.atHour(sprint, 52), FRANK,
                        "Paired with Bob on the constraint migration; it is safe to run online."));
            }
            case "GW-12" -> comments.add(new Comment(calendar.atHour(sprint, 3 * 24 + 40), CAROL,
                    "Found a data race in review: concurrent retries both pass the capture check. Proposed a row lock plus an idempotency key."));
            case "GW-16" -> {
                comments.add(new Comment(calendar.atHour(sprint, 3 * 24 + 14.2), DAVE,
                        "Following the alerting runbook, section 'PSP authorisation failures'. Failed over to the secondary PSP at 14:12."));
                comments.add(new Comment(calendar.atHour(sprint, 3 * 24 + 15), ALICE,
                        "Blameless post-mortem booked for Thursday; Dave facilitates."));
            }
            case "GW-22" -> comments.add(new Comment(calendar.atHour(sprint, 6 * 24 + 11), FRANK,
                    "+1 to Carol's logging standard. I will apply it to the payout service first."));
            default -> {
                if (DemoTeam.ERIN.equals(spec.assignee())) {
                    comments.add(new Comment(calendar.atHour(sprint, spec.startDay() * 24 + 12), FRANK,
                            "Happy to pair on this — ping me after stand-up and we will go through the PSP sandbox together."));
                } else if (spec.cycleDays() <= 0) {
                    comments.add(new Comment(created.plusHours(26), spec.reporter().equals(ALICE) ? DAVE : ALICE,
                            "Needs refinement before we pick it up: which merchants are in scope?"));
                }
            }
        }
        comments.removeIf(c -> c.author().equals(spec.assignee()) && !(spec.clarified() && c.author().equals(BOB)));
    }

    /**
     * Traces of glue nobody recorded, for the "Possible glue" suggestions (docs/suggestions.md): frank unblocking erin,
     * dave's hand-off before his on-call week, and erin's first review. Only comments and non-status history, so the
     * status flows and every figure the report derives from them stay as they are.
     */
    private void addUnrecordedGlue(DemoIssue spec, List<Event> events, List<Comment> comments) {
        int sprint = spec.firstSprint();
        switch (spec.key()) {
            case "GW-19" -> {
                events.add(new Event(calendar.atHour(sprint, 3 * 24 + 10), ERIN, "Flagged", null, null, "[10019]", "Impediment"));
                comments.add(new Comment(calendar.atHour(sprint, 3 * 24 + 13), FRANK,
                        "The sandbox image moved to the new registry: log in to registry.payments.internal and pull psp-sandbox:5.2; I fixed the compose file on main."));
                comments.add(new Comment(calendar.atHour(sprint, 3 * 24 + 14.5), ERIN, "Thanks [~frank], the sandbox runs now."));
                events.add(new Event(calendar.atHour(sprint, 3 * 24 + 15), ERIN, "Flagged", "[10019]", "Impediment", null, null));
            }
            case "GW-23" -> {
                comments.add(new Comment(calendar.atHour(sprint, 24 + 15.5), DAVE,
                        "Handing over to [~frank] as I am on call this week: the new certificate is generated and in the vault; "
                                + "uploading it needs the Apple Pay merchant-id owner, steps in the runbook."));
                events.add(new Event(calendar.atHour(sprint, 24 + 16), DAVE, "assignee", DAVE,
                        DemoTeam.displayName(DAVE), FRANK, DemoTeam.displayName(FRANK)));
            }
            case "GW-22" -> comments.add(new Comment(calendar.atHour(sprint, 9 * 24 + 15), ERIN,
                    "Reviewed the payout-service part of https://git.example.com/payments/payout-service/pull/468: the field "
                            + "names follow the new standard and the PSP reference is logged everywhere. Approved."));
            default -> {
            }
        }
    }

    private static String reviewNote(DemoIssue spec) {
        return switch (spec.reviewer()) {
            case CAROL -> "Reviewed in depth: the happy path is fine; left two notes on error handling and one on log fields.";
            case DAVE -> "Reviewed with the runbook open: alerts and dashboards cover the new path.";
            default -> "Reviewed — looks good. Small note on logging the PSP reference so support can trace it.";
        };
    }

    private static String acceptanceCriteria(DemoIssue spec) {
        return "Acceptance criteria for \"" + spec.summary() + "\":\n"
                + "1. Works for EUR, GBP and JPY amounts, including zero-decimal currencies.\n"
                + "2. A PSP timeout is retried at most twice with the same idempotency key.\n"
                + "3. Every failure is logged with the payment id and the PSP error code.\n"
                + "4. The change sits behind a per-merchant feature flag, off by default.\n"
                + "5. Contract tests cover the PSP sandbox responses for success, decline and timeout.";
    }

    private Event status(ZonedDateTime at, String author, Status from, Status to) {
        return new Event(at, author, "status", from.id, from.label, to.id, to.label);
    }

    private ObjectNode status(Status status) {
        ObjectNode node = nodes.objectNode();
        node.put("self", base + "/rest/api/2/status/" + status.id).put("description", "")
                .put("iconUrl", base + "/images/icons/statuses/generic.png").put("name", status.label).put("id", status.id);
        node.putObject("statusCategory").put("self", base + "/rest/api/2/statuscategory/" + status.categoryId)
                .put("id", status.categoryId).put("key", status.categoryKey).put("colorName", status.categoryColour)
                .put("name", status.categoryName);
        return node;
    }

    private ObjectNode comment(DemoIssue spec, Comment c) {
        long id = nextCommentId++;
        ObjectNode node = nodes.objectNode();
        node.put("self", base + "/rest/api/2/issue/" + spec.id() + "/comment/" + id).put("id", Long.toString(id));
        node.set("author", userRef(c.author()));
        node.put("body", c.body());
        node.set("updateAuthor", userRef(c.author()));
        node.put("created", c.at().format(API2_TIME)).put("updated", c.at().format(API2_TIME));
        return node;
    }

    private ObjectNode history(Event e) {
        ObjectNode node = nodes.objectNode();
        node.put("id", Long.toString(nextHistoryId++));
        node.set("author", userRef(e.author()));
        node.put("created", e.at().format(API2_TIME));
        ObjectNode item = node.putArray("items").addObject();
        item.put("field", e.field()).put("fieldtype", e.field().equals("Sprint") || e.field().equals("Flagged") ? "custom" : "jira");
        item.put("from", e.from()).put("fromString", e.fromText()).put("to", e.to()).put("toString", e.toText());
        return node;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
