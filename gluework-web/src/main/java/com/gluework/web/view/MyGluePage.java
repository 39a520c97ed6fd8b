package com.gluework.web.view;

import com.gluework.core.career.GlueTimeline;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.WeeklyNote;
import com.gluework.core.notes.WeeklyNoteRules;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.core.service.MyGlueService;
import com.gluework.web.report.ReportTexts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "My glue" page for one request, shared by every host (the preview's page and Jira's servlet), so they answer
 * the same statuses: 200 with the body, 400 for a bad period or week, 401 for nobody logged in. The period defaults to
 * the last {@value #DEFAULT_DAYS} days; the note form writes the current week unless an earlier one is asked for.
 */
public final class MyGluePage {
    /** A quarter, as the evidence packet page: the usual span between reviews. */
    public static final int DEFAULT_DAYS = 90;

    private final MyGlueService myGlue;
    private final PeopleDirectory people;
    private final ViewRenderer renderer;
    private final ReportTexts texts;
    private final Clock clock;

    public MyGluePage(MyGlueService myGlue, PeopleDirectory people, ViewRenderer renderer, ReportTexts texts, Clock clock) {
        this.myGlue = myGlue;
        this.people = people;
        this.renderer = renderer;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * @param from      the {@code from} query parameter as sent, null when absent
     * @param to        the {@code to} query parameter as sent, null when absent
     * @param pageUrl   this page's address without query, for the period form
     * @param packetUrl the evidence packet page's address without query
     */
    public Rendered render(Optional<String> viewer, String from, String to, String pageUrl, String packetUrl) {
        return render(viewer, from, to, null, pageUrl, packetUrl);
    }

    /**
     * @param week the {@code week} query parameter as sent ({@code 2026-W48}), null for the current week: the week
     *             the note form writes, so last week's note can be written or corrected on Monday
     */
    public Rendered render(Optional<String> viewer, String from, String to, String week, String pageUrl, String packetUrl) {
        String title = texts.text("gluework.myglue.title");
        try {
            IsoWeek current = myGlue.currentWeek();
            IsoWeek shown = week == null || week.isBlank() ? current : WeeklyNoteRules.week(week);
            if (shown.compareTo(current) > 0) {
                throw new InvalidInputException("week", "Write notes for this week or an earlier one, not for " + shown + ".");
            }
            LocalDate last = Optional.ofNullable(EvidencePacketService.day("to", to)).orElse(LocalDate.now(clock));
            LocalDate first = Optional.ofNullable(EvidencePacketService.day("from", from)).orElse(last.minusDays(DEFAULT_DAYS - 1));
            GlueTimeline timeline = myGlue.myTimeline(viewer, first, last);
            Optional<WeeklyNote> note = myGlue.myNote(viewer, shown.toString());
            List<WeeklyNote> notes = myGlue.myNotes(viewer, first, last);
            MyGlueView view = MyGlueViewFactory.create(timeline, shown, current, note, notes, people, pageUrl, packetUrl);
            return new Rendered(200, title, renderer.render(MyGlueView.TEMPLATE, Map.of(MyGlueView.CONTEXT_KEY, view)), "");
        } catch (GlueWorkException e) {
            String message = e.errors().isEmpty() ? title : e.errors().get(0).message();
            return new Rendered(statusOf(e), title, "", message);
        }
    }

    private static int statusOf(GlueWorkException e) {
        if (e instanceof AuthenticationRequiredException) {
            return 401;
        }
        return e instanceof InvalidInputException ? 400 : 503;
    }

    /**
     * @param bodyHtml the page body rendered (and escaped) by {@link MyGlueView#TEMPLATE}; "" when refused
     * @param message  why it was refused, plain text; "" on success
     */
    public record Rendered(int status, String title, String bodyHtml, String message) {
    }
}
