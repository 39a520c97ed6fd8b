package com.gluework.web.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.report.ReportSettings;
import com.gluework.core.report.SprintData;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintReportAssembler;
import com.gluework.core.report.SprintReportInput;
import com.gluework.core.report.WorkflowStatuses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sprint reports whose every user-supplied text is hostile: people's display names, summaries, impacts and the
 * category names come from a list of attack strings, so writers and templates can be checked against all of them.
 */
public final class HostileReports {
    private HostileReports() {
    }

    /** The Big List of Naughty Strings from the repository's testdata (see {@code testdata/SOURCES.md}). */
    public static List<String> naughtyStrings() {
        Path file = Path.of(System.getProperty("gluework.testdata", "../testdata"))
                .resolve("minimaxir__big-list-of-naughty-strings/blns.json");
        try {
            return new ObjectMapper().readValue(file.toFile(), new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * One team member per text (display name = the text), each with one corroborated contribution whose summary and
     * impact are the text, on a category named after it; the first person carries three more, so the hero alert fires.
     */
    public static SprintReport reportWith(List<String> texts) {
        List<Person> team = new ArrayList<>();
        List<Category> categories = new ArrayList<>(DefaultCategories.all());
        List<Contribution> glue = new ArrayList<>();
        IssueRef issue = new IssueRef(1, "GW-1", 10, "GW", "");
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            team.add(new Person("p" + i, "p" + i, text.isBlank() ? "p" + i : text, "", true));
            categories.add(new Category("c" + i, text.isBlank() ? "c" + i : text, "", "", "", true, 100 + i));
            glue.add(contribution(i, "p" + i, "c" + i, issue, text, List.of(new Corroboration(i, i, "p" + ((i + 1) % texts.size()),
                    text, InMemorySprintReports.NOW))));
        }
        for (int i = 0; i < 3 * texts.size(); i++) {
            glue.add(contribution(10_000 + i, "p0", "review", issue, texts.get(i % texts.size()), List.of()));
        }
        team.add(new Person("idle", "idle", texts.get(0).isBlank() ? "idle" : texts.get(0) + " idle", "", true));
        SprintData current = new SprintData(InMemorySprintReports.SPRINT_2, List.of(new SprintIssue(issue, List.of())), glue);
        SprintData previous = new SprintData(InMemorySprintReports.SPRINT_1, List.of(new SprintIssue(issue, List.of())), glue);
        return SprintReportAssembler.assemble(new SprintReportInput(current, Optional.of(previous), team, Map.of(),
                categories, ReportSettings.defaults(ZoneOffset.UTC, WorkflowStatuses.jiraDefaults())), c -> true);
    }

    private static Contribution contribution(long id, String contributor, String category, IssueRef issue, String text,
                                             List<Corroboration> corroborations) {
        return new Contribution(id, category, contributor, contributor, issue, LocalDate.of(2026, 3, 17), text, text,
                List.of(), List.of(URI.create("https://git.example.com/pr/" + id)), ContributionState.ACTIVE,
                ContributionSource.MANUAL, InMemorySprintReports.NOW, InMemorySprintReports.NOW, 1, corroborations);
    }
}
