package com.gluework.core.service;

import com.gluework.core.career.GlueTimeline;
import com.gluework.core.career.GlueTimelineBuilder;
import com.gluework.core.career.ReviewPeriod;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Person;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.notes.WeeklyNote;
import com.gluework.core.notes.WeeklyNoteRules;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.port.WeeklyNoteRepository;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "My glue": a person's weekly glue notes and the timeline of their glue and the corroborations they received.
 *
 * <p>Only the person writes their notes. A TEAM note is readable by every logged-in colleague (like team glue not tied
 * to an issue); a PRIVATE one only by the person and their leads — the people who may open the person's evidence
 * packet ({@link EvidencePacketService#isLead}), over the period asked for. The timeline is the person's own.
 */
public final class MyGlueService {
    private final WeeklyNoteRepository notes;
    private final ContributionRepository contributions;
    private final CategoryRepository categories;
    private final PeopleDirectory people;
    private final EvidencePacketService packets;
    private final Clock clock;
    private final GlueTimelineBuilder timelines = new GlueTimelineBuilder();

    @Inject
    public MyGlueService(WeeklyNoteRepository notes, ContributionRepository contributions, CategoryRepository categories,
                         PeopleDirectory people, EvidencePacketService packets, Clock clock) {
        this.notes = notes;
        this.contributions = contributions;
        this.categories = categories;
        this.people = people;
        this.packets = packets;
        this.clock = clock;
    }

    /** The week it is now, in the host's time zone: the week a new note is for by default. */
    public IsoWeek currentWeek() {
        return IsoWeek.of(LocalDate.now(clock));
    }

    /**
     * The actor's note for a week, if they wrote one.
     *
     * @throws AuthenticationRequiredException nobody is logged in
     * @throws InvalidInputException           naming {@code week} when it is not a {@code YYYY-Www} week
     */
    public Optional<WeeklyNote> myNote(Optional<String> actorKey, String week) {
        String actor = actor(actorKey);
        return notes.find(actor, WeeklyNoteRules.week(week));
    }

    /**
     * Writes the actor's note for a week: a first note when {@code version} is {@code null}, otherwise a new text for
     * the note at that version.
     *
     * @throws AuthenticationRequiredException nobody is logged in
     * @throws InvalidInputException           naming {@code week} (not a week, a future week, a year before 1900),
     *                                         {@code bullets} / {@code bullets[i]} or {@code visibility}
     * @throws ConflictException               a first note when one exists, or {@code version} is stale (409)
     * @throws NotFoundException               a version is given but there is no note for that week
     */
    public WeeklyNote saveMyNote(Optional<String> actorKey, String week, List<String> bullets, String visibility,
                                 Integer version) {
        String actor = actor(actorKey);
        IsoWeek target = WeeklyNoteRules.week(week);
        if (target.compareTo(currentWeek()) > 0) {
            throw new InvalidInputException("week", "Write notes for this week or an earlier one, not for " + target + ".");
        }
        if (target.year() < ContributionRules.MIN_YEAR) {
            throw new InvalidInputException("week", "Give a week from " + ContributionRules.MIN_YEAR + " on.");
        }
        List<String> lines = WeeklyNoteRules.bullets(bullets);
        NoteVisibility seenBy = WeeklyNoteRules.visibility(visibility);
        if (version == null) {
            try {
                return notes.create(actor, target, lines, seenBy, clock.instant());
            } catch (ConflictException exists) {
                throw ConflictException.staleVersion("You already have a note for " + target
                        + " (perhaps written in another tab). Reload it to change it.");
            }
        }
        return notes.update(actor, target, version, lines, seenBy, clock.instant());
    }

    /**
     * The actor's own notes over a period, newest week first: every week the period touches.
     *
     * @throws InvalidInputException naming {@code from} or {@code to} (the evidence packet's period rules)
     */
    public List<WeeklyNote> myNotes(Optional<String> actorKey, LocalDate from, LocalDate to) {
        String actor = actor(actorKey);
        ReviewPeriod period = EvidencePacketService.checkedPeriod(from, to);
        return notes.findBetween(actor, IsoWeek.of(period.from()), IsoWeek.of(period.to()));
    }

    /**
     * Someone's notes over a period, as the actor may see them: all of them for the person and their leads, the TEAM
     * ones for every other logged-in colleague.
     *
     * @throws AuthenticationRequiredException nobody is logged in
     * @throws InvalidInputException           naming {@code from} or {@code to}
     * @throws NotFoundException               the directory does not know the person
     */
    public PersonNotes notesOf(Optional<String> actorKey, String personKey, LocalDate from, LocalDate to) {
        String actor = actor(actorKey);
        ReviewPeriod period = EvidencePacketService.checkedPeriod(from, to);
        Person person = people.findPerson(personKey)
                .orElseThrow(() -> new NotFoundException("person", "There is no user " + personKey + "."));
        List<WeeklyNote> theirs = notes.findBetween(person.key(), IsoWeek.of(period.from()), IsoWeek.of(period.to()));
        boolean seesPrivate = actor.equals(person.key())
                || (theirs.stream().anyMatch(WeeklyNote::isPrivate) && packets.isLead(actor, person.key(), period));
        return new PersonNotes(person, period, seesPrivate ? theirs : theirs.stream().filter(n -> !n.isPrivate()).toList());
    }

    /**
     * The actor's glue timeline over a period.
     *
     * @throws AuthenticationRequiredException nobody is logged in
     * @throws InvalidInputException           naming {@code from} or {@code to} (the evidence packet's period rules)
     */
    public GlueTimeline myTimeline(Optional<String> actorKey, LocalDate from, LocalDate to) {
        String actor = actor(actorKey);
        ReviewPeriod period = EvidencePacketService.checkedPeriod(from, to);
        Person person = people.findPerson(actor).orElse(Person.unknown(actor));
        return timelines.build(person, period,
                contributions.findByContributorBetween(actor, GlueTimelineBuilder.readFrom(period), period.to()),
                categories.findAll(), clock.getZone());
    }

    /**
     * Someone's notes as one actor may see them. Nothing says whether private notes were left out: their existence is
     * the person's business too.
     */
    public record PersonNotes(Person person, ReviewPeriod period, List<WeeklyNote> notes) {
        public PersonNotes {
            notes = List.copyOf(notes);
        }
    }

    private static String actor(Optional<String> actorKey) {
        return actorKey.orElseThrow(() -> new AuthenticationRequiredException("user", "Log in to see and write glue notes."));
    }
}
