package com.gluework.web.rest;

import com.gluework.core.model.Category;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.report.Board;
import com.gluework.core.report.GlueDistribution;
import com.gluework.core.report.GlueMatrix;
import com.gluework.core.report.GlueWin;
import com.gluework.core.report.HeroAlert;
import com.gluework.core.report.Opportunity;
import com.gluework.core.report.OutcomeSignals;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintComparison;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintWindow;
import com.gluework.web.rest.dto.BoardDto;
import com.gluework.web.rest.dto.CategoryRefDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.SprintDto;
import com.gluework.web.rest.dto.SprintReportDto;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Maps the core's report values to the JSON DTOs: one method per shape, {@code Optional} becomes {@code null}. */
public final class SprintReportDtos {
    private SprintReportDtos() {
    }

    public static SprintReportDto toDto(SprintReport report) {
        return new SprintReportDto(
                toDto(report.sprint()),
                report.window().map(SprintWindow::firstDay).map(LocalDate::toString).orElse(null),
                report.window().map(SprintWindow::lastDay).map(LocalDate::toString).orElse(null),
                new SprintReportDto.Headline(report.headline().contributions(), report.headline().peopleWithGlue(),
                        report.headline().corroborated(), report.headline().withImpact()),
                report.wins().stream().map(SprintReportDtos::toDto).toList(),
                toDto(report.matrix()),
                toDto(report.distribution()),
                report.opportunities().stream().map(SprintReportDtos::toDto).toList(),
                report.heroAlert().map(SprintReportDtos::toDto).orElse(null),
                report.comparison().map(SprintReportDtos::toDto).orElse(null),
                toDto(report.outcomes()),
                report.perPersonHidden());
    }

    public static BoardDto toDto(Board board) {
        return new BoardDto(board.id(), board.name());
    }

    public static SprintDto toDto(Sprint sprint) {
        return new SprintDto(sprint.id(), sprint.boardId(), sprint.name(), sprint.state().name(), iso(sprint.startDate()),
                iso(sprint.endDate()), iso(sprint.completeDate()));
    }

    private static SprintReportDto.Win toDto(GlueWin win) {
        return new SprintReportDto.Win(win.contributionId(), person(win.contributor()), category(win.category()),
                win.issue().map(IssueRef::key).orElse(null), win.occurredOn().toString(), win.summary(), win.impact(),
                win.evidenceLinks().stream().map(URI::toString).toList(), people(win.corroborators()),
                win.peerObservation());
    }

    private static SprintReportDto.Matrix toDto(GlueMatrix matrix) {
        return new SprintReportDto.Matrix(matrix.columns().stream().map(SprintReportDtos::category).toList(),
                matrix.rows().stream().map(r -> new SprintReportDto.MatrixRow(person(r.person()), r.counts(), r.total()))
                        .toList(),
                matrix.columnTotals(), matrix.total());
    }

    private static SprintReportDto.Distribution toDto(GlueDistribution d) {
        return new SprintReportDto.Distribution(
                d.people().stream().map(s -> new SprintReportDto.PersonShare(person(s.person()), s.count(), s.share()))
                        .toList(),
                d.total(), d.topContributor().map(SprintReportDtos::person).orElse(null), d.topShare(), d.gini(),
                d.singleOwnerCategories().stream()
                        .map(s -> new SprintReportDto.SingleOwner(category(s.category()), person(s.owner()), s.count()))
                        .toList());
    }

    private static SprintReportDto.OpportunityItem toDto(Opportunity o) {
        return new SprintReportDto.OpportunityItem(person(o.person()),
                o.suggestedCategory().map(SprintReportDtos::category).orElse(null),
                o.pairWith().map(SprintReportDtos::person).orElse(null), o.message());
    }

    private static SprintReportDto.HeroAlert toDto(HeroAlert alert) {
        return new SprintReportDto.HeroAlert(person(alert.hero()), alert.heroCount(), alert.total(), alert.share(),
                alert.threshold(), alert.dominantCategories().stream().map(SprintReportDtos::category).toList(),
                alert.suggestions().stream().map(s -> new SprintReportDto.Suggestion(s.kind().name(),
                        category(s.category()), people(s.people()))).toList(),
                alert.message());
    }

    private static SprintReportDto.Comparison toDto(SprintComparison c) {
        return new SprintReportDto.Comparison(toDto(c.previousSprint()),
                c.categories().stream().map(d -> new SprintReportDto.CategoryDelta(category(d.category()), d.previous(),
                        d.current(), d.delta())).toList(),
                c.previousTotal(), c.currentTotal(), c.totalDelta(), c.previousGini(), c.currentGini(), c.giniDelta(),
                c.previousTopShare(), c.currentTopShare(), c.topShareDelta());
    }

    private static SprintReportDto.Outcomes toDto(OutcomeSignals o) {
        return new SprintReportDto.Outcomes(toDto(o.clarified()), toDto(o.others()), o.smallSamples(), o.caveat());
    }

    private static SprintReportDto.OutcomeGroup toDto(OutcomeSignals.Group g) {
        return new SprintReportDto.OutcomeGroup(g.issueCount(), g.reopenedIssueCount(), g.reopenCount(),
                g.cycleTimeSampleSize(), g.medianCycleTimeDays().orElse(null));
    }

    private static PersonDto person(Person person) {
        return new PersonDto(person.key(), person.displayName());
    }

    private static List<PersonDto> people(List<Person> people) {
        return people.stream().map(SprintReportDtos::person).toList();
    }

    private static CategoryRefDto category(Category category) {
        return new CategoryRefDto(category.key(), category.name());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
