package com.gluework.web.view;

import com.gluework.core.career.EvidenceStrength;
import com.gluework.core.career.GlueTimeline;
import com.gluework.core.career.TimelineEntry;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.WeeklyNote;
import com.gluework.core.notes.WeeklyNoteRules;
import com.gluework.core.port.PeopleDirectory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link MyGlueView} from what {@link com.gluework.core.service.MyGlueService} answered. */
public final class MyGlueViewFactory {
    private MyGlueViewFactory() {
    }

    /**
     * @param week      the week the note form writes
     * @param current   the week it is now: no link leads past it
     * @param note      the person's note for that week, if any
     * @param notes     the person's notes over the period, newest week first
     * @param pageUrl   this page's address (without query), for the period form
     * @param packetUrl the evidence packet page's address (without query); the period is added here
     */
    public static MyGlueView create(GlueTimeline timeline, IsoWeek week, IsoWeek current, Optional<WeeklyNote> note,
                                    List<WeeklyNote> notes, PeopleDirectory people, String pageUrl, String packetUrl) {
        Map<String, Person> corroborators = people.findPeople(timeline.entries().stream()
                .filter(e -> e.corroboration() != null).map(e -> e.corroboration().corroboratorKey()).distinct().toList());
        List<String> lines = new ArrayList<>(note.map(WeeklyNote::bullets).orElse(List.of()));
        while (lines.size() < WeeklyNoteRules.MAX_BULLETS) {
            lines.add("");
        }
        String from = timeline.period().from().toString();
        String to = timeline.period().to().toString();
        String period = "&from=" + encode(from) + "&to=" + encode(to);
        return new MyGlueView(timeline.person().displayName(), from, to, pageUrl,
                pageUrl + "?week=" + week.previous() + period,
                week.compareTo(current) < 0 ? pageUrl + "?week=" + week.next() + period : "",
                packetUrl + "?from=" + encode(from) + "&to=" + encode(to),
                week.toString(), week.monday().toString(), week.sunday().toString(),
                note.map(n -> Integer.toString(n.version())).orElse(""), lines,
                note.map(WeeklyNote::isPrivate).orElse(false), WeeklyNoteRules.MAX_BULLET,
                notes.stream().map(n -> new MyGlueView.NoteView(n.week().toString(), pageUrl + "?week=" + n.week() + period,
                        n.bullets(), n.isPrivate())).toList(),
                timeline.entries().stream().map(e -> entry(e, corroborators)).toList(),
                timeline.shares().stream().map(s -> new MyGlueView.CategoryShareView(s.category().name(), s.count(),
                        s.percent())).toList(),
                timeline.uncorroborated().stream().map(i -> new MyGlueView.UncorroboratedView(i.contribution().summary(),
                        i.contribution().issueRef().map(IssueRef::key).orElse(""), i.category().name(),
                        i.contribution().occurredOn().toString(), i.strength() == EvidenceStrength.EVIDENCED)).toList(),
                timeline.contributionCount(), timeline.corroborationCount());
    }

    private static MyGlueView.TimelineEntryView entry(TimelineEntry e, Map<String, Person> corroborators) {
        boolean corroboration = e.kind() == TimelineEntry.Kind.CORROBORATED;
        String corroborator = corroboration ? corroborators.getOrDefault(e.corroboration().corroboratorKey(),
                Person.unknown(e.corroboration().corroboratorKey())).displayName() : "";
        return new MyGlueView.TimelineEntryView(e.day().toString(), corroboration, e.contribution().summary(),
                e.contribution().issueRef().map(IssueRef::key).orElse(""), e.category().name(), corroborator);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
