package com.gluework.web.rest;

import com.gluework.core.career.EvidenceItem;
import com.gluework.core.career.GlueTimeline;
import com.gluework.core.career.TimelineEntry;
import com.gluework.core.model.Category;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.notes.WeeklyNote;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.web.rest.dto.CategoryRefDto;
import com.gluework.web.rest.dto.CategoryShareDto;
import com.gluework.web.rest.dto.GlueTimelineDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.TimelineEntryDto;
import com.gluework.web.rest.dto.UncorroboratedDto;
import com.gluework.web.rest.dto.WeeklyNoteDto;

import java.util.List;
import java.util.Map;

/** The "My glue" DTOs, built from core values; shared by the REST resources and anything that answers the same JSON. */
public final class MyGlueDtos {
    private MyGlueDtos() {
    }

    public static WeeklyNoteDto note(WeeklyNote note) {
        return new WeeklyNoteDto(note.week().toString(), note.week().monday().toString(), note.week().sunday().toString(),
                note.bullets(), note.visibility().name(), note.version(), note.updatedAt().toString());
    }

    /** A week without a note: no bullets, TEAM, and no version, so saving it creates the first note. */
    public static WeeklyNoteDto emptyNote(IsoWeek week) {
        return new WeeklyNoteDto(week.toString(), week.monday().toString(), week.sunday().toString(), List.of(),
                NoteVisibility.TEAM.name(), null, null);
    }

    /** The timeline, naming corroborators through one batched directory lookup. */
    public static GlueTimelineDto timeline(GlueTimeline timeline, PeopleDirectory people) {
        Map<String, Person> corroborators = people.findPeople(timeline.entries().stream()
                .filter(e -> e.corroboration() != null).map(e -> e.corroboration().corroboratorKey()).distinct().toList());
        List<TimelineEntryDto> entries = timeline.entries().stream().map(e -> new TimelineEntryDto(e.kind().name(),
                e.day().toString(), e.contribution().id(), issueKey(e), category(e.category()), e.contribution().summary(),
                e.kind() == TimelineEntry.Kind.CORROBORATED ? person(corroborators.getOrDefault(
                        e.corroboration().corroboratorKey(), Person.unknown(e.corroboration().corroboratorKey()))) : null))
                .toList();
        return new GlueTimelineDto(person(timeline.person()), timeline.period().from().toString(),
                timeline.period().to().toString(), entries,
                timeline.shares().stream().map(s -> new CategoryShareDto(category(s.category()), s.count(), s.percent())).toList(),
                timeline.uncorroborated().stream().map(MyGlueDtos::uncorroborated).toList());
    }

    private static UncorroboratedDto uncorroborated(EvidenceItem item) {
        return new UncorroboratedDto(item.contributionId(), item.contribution().issueRef().map(IssueRef::key).orElse(null),
                category(item.category()), item.contribution().summary(), item.contribution().occurredOn().toString(),
                item.strength().name());
    }

    private static String issueKey(TimelineEntry entry) {
        return entry.contribution().issueRef().map(IssueRef::key).orElse(null);
    }

    static CategoryRefDto category(Category category) {
        return new CategoryRefDto(category.key(), category.name());
    }

    static PersonDto person(Person person) {
        return new PersonDto(person.key(), person.displayName());
    }
}
