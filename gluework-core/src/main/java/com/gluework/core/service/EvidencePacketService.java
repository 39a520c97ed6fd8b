package com.gluework.core.service;

import com.gluework.core.career.CalibrationDraftWriter;
import com.gluework.core.career.EvidencePacket;
import com.gluework.core.career.EvidencePacketAssembler;
import com.gluework.core.career.PacketView;
import com.gluework.core.career.ReviewEvidence;
import com.gluework.core.career.ReviewPeriod;
import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.DefinitionsRepository;
import com.gluework.core.port.HostRoles;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.PacketAuditLog;
import com.gluework.core.port.PeopleDirectory;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Evidence packets: one person's glue over a period for their self-review, a 1:1 or a promotion case.
 *
 * <p>Who may see whose packet: the person, and their leads — a project administrator of a project the person did glue
 * in during the period (Jira's own notion of who runs a team's project), or a member of the leads' group an admin
 * configured ({@link GlueSettings#leadGroup()}, for managers who administer no project). Everyone else gets 403, and an anonymous
 * visitor 401. A lead sees only glue on issues they may browse, plus team glue not tied to an issue, like every other
 * view. Every view of someone else's packet is written to the {@link PacketAuditLog} <em>before</em> the packet is
 * answered, so no view goes unrecorded; the person reads that log through {@link #viewsOfMyPackets}.
 */
public final class EvidencePacketService {
    /** A host without groups: nobody is in any. */
    private static final HostRoles NO_GROUPS = new HostRoles() {
        @Override
        public boolean isAdministrator(String actorKey) {
            return false;
        }

        @Override
        public boolean isInGroup(String actorKey, String groupName) {
            return false;
        }

        @Override
        public boolean isProjectAdministrator(String actorKey, String projectKey) {
            return false;
        }
    };
    /** Two years and a day: the longest promotion cycle we have heard of, and a bound on what one request reads. */
    public static final int MAX_PERIOD_DAYS = 731;

    private final ContributionRepository contributions;
    private final CategoryRepository categories;
    private final PeopleDirectory people;
    private final AccessPolicy access;
    private final PacketAuditLog auditLog;
    private final Clock clock;
    private final HostRoles roles;
    private final Supplier<GlueSettings> settings;
    private final EvidencePacketAssembler assembler = new EvidencePacketAssembler();
    private final CalibrationDraftWriter draftWriter = new CalibrationDraftWriter();

    /** Without a leads' group: only the person and project administrators of projects they worked in. */
    public EvidencePacketService(ContributionRepository contributions, CategoryRepository categories,
                                 PeopleDirectory people, AccessPolicy access, PacketAuditLog auditLog, Clock clock) {
        this(contributions, categories, people, access, auditLog, clock, NO_GROUPS, () -> GlueSettings.DEFAULTS);
    }

    /** With the leads' group an admin configures, read for every packet so a change applies at once. */
    @Inject
    public EvidencePacketService(ContributionRepository contributions, CategoryRepository categories,
                                 PeopleDirectory people, AccessPolicy access, PacketAuditLog auditLog, Clock clock,
                                 HostRoles roles, DefinitionsRepository definitions) {
        this(contributions, categories, people, access, auditLog, clock, roles, () -> definitions.settings().value());
    }

    private EvidencePacketService(ContributionRepository contributions, CategoryRepository categories,
                                  PeopleDirectory people, AccessPolicy access, PacketAuditLog auditLog, Clock clock,
                                  HostRoles roles, Supplier<GlueSettings> settings) {
        this.roles = roles;
        this.settings = settings;
        this.contributions = contributions;
        this.categories = categories;
        this.people = people;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @throws AuthenticationRequiredException nobody is logged in
     * @throws InvalidInputException           the period is reversed or longer than {@value #MAX_PERIOD_DAYS} days
     * @throws NotFoundException               the directory does not know the person
     * @throws AccessDeniedException           the actor is neither the person nor one of their leads
     */
    public ReviewEvidence packet(Optional<String> actorKey, String personKey, LocalDate from, LocalDate to) {
        String actor = actorKey.orElseThrow(() ->
                new AuthenticationRequiredException("user", "Log in to see evidence packets."));
        ReviewPeriod period = period(from, to);
        Person person = people.findPerson(personKey)
                .orElseThrow(() -> new NotFoundException("person", "There is no user " + personKey + "."));
        List<Contribution> theirs = contributions.findByContributorBetween(person.key(), period.from(), period.to());
        boolean self = actor.equals(person.key());
        if (!self && !isLeadOf(actor, theirs)) {
            throw new AccessDeniedException("person",
                    "Only " + person.displayName() + " and their leads may see their evidence.");
        }
        List<Contribution> visible = self ? theirs : visibleTo(actor, theirs);
        if (!self) {
            auditLog.record(new PacketView(actor, person.key(), period, clock.instant()));
        }
        EvidencePacket packet = assembler.assemble(person, period, visible, categories.findAll());
        Map<String, Person> named = new HashMap<>(people.findPeople(Contribution.userKeys(visible)));
        named.put(person.key(), person);
        return new ReviewEvidence(packet, draftWriter.draft(packet), named);
    }

    /** The audit log of the actor's own packets, newest first, with the viewers' names. */
    public List<ViewOfMyPacket> viewsOfMyPackets(Optional<String> actorKey) {
        String actor = actorKey.orElseThrow(() ->
                new AuthenticationRequiredException("user", "Log in to see who viewed your evidence packets."));
        List<PacketView> views = auditLog.viewsOf(actor);
        Map<String, Person> viewers = people.findPeople(views.stream().map(PacketView::viewerKey).distinct().toList());
        return views.stream()
                .map(v -> new ViewOfMyPacket(v, viewers.getOrDefault(v.viewerKey(), Person.unknown(v.viewerKey()))))
                .toList();
    }

    /**
     * A period bound as a host received it (query parameter, form field): YYYY-MM-DD, or {@code null} when not given —
     * {@link #packet} then names what is missing, and checks the years and the span.
     *
     * @throws InvalidInputException naming {@code parameter} when the text is not a YYYY-MM-DD date
     */
    public static LocalDate day(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "Give " + parameter + " as YYYY-MM-DD, for example 2026-11-25.");
        }
    }

    /**
     * Whether the actor is one of the person's leads for the period — the rule {@link #packet} applies — for the other
     * views only a person and their leads may open (private weekly notes).
     */
    public boolean isLead(String actorKey, String personKey, ReviewPeriod period) {
        return isLeadOf(actorKey, contributions.findByContributorBetween(personKey, period.from(), period.to()));
    }

    /**
     * The period rules of {@link #packet} (both ends given, in order, years 1900-9999, at most {@value #MAX_PERIOD_DAYS}
     * days), for the other per-person views over a period, so every one refuses what the packet refuses.
     *
     * @throws InvalidInputException naming {@code from} or {@code to}
     */
    public static ReviewPeriod checkedPeriod(LocalDate from, LocalDate to) {
        return period(from, to);
    }

    /** One line of a person's audit log, with the viewer as the directory knows them now. */
    public record ViewOfMyPacket(PacketView view, Person viewer) {
    }

    private static ReviewPeriod period(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "Give the first day of the period (from).");
        }
        if (to == null) {
            throw new InvalidInputException("to", "Give the last day of the period (to).");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The period must not end before it starts.");
        }
        requireYearInRange("from", from);
        requireYearInRange("to", to);
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new InvalidInputException("to", "A packet covers at most " + MAX_PERIOD_DAYS + " days.");
        }
        return new ReviewPeriod(from, to);
    }

    /** The years a contribution may have ({@link ContributionRules}), so a packet never asks for days glue cannot have. */
    private static void requireYearInRange(String parameter, LocalDate day) {
        if (day.getYear() < ContributionRules.MIN_YEAR || day.getYear() > ContributionRules.MAX_YEAR) {
            throw new InvalidInputException(parameter,
                    "Give a year from " + ContributionRules.MIN_YEAR + " to " + ContributionRules.MAX_YEAR + ".");
        }
    }

    /**
     * A lead is in the configured leads' group, or administers at least one project the person did glue in (asked once
     * per project).
     */
    private boolean isLeadOf(String actor, List<Contribution> theirs) {
        GlueSettings current = settings.get();
        if (current.hasLeadGroup() && roles.isInGroup(actor, current.leadGroup())) {
            return true;
        }
        Map<Long, IssueRef> onePerProject = new LinkedHashMap<>();
        theirs.stream().map(Contribution::issue).filter(Objects::nonNull)
                .forEach(issue -> onePerProject.putIfAbsent(issue.projectId(), issue));
        return onePerProject.values().stream().anyMatch(issue -> access.canAdministerProject(actor, issue));
    }

    private List<Contribution> visibleTo(String actor, List<Contribution> theirs) {
        Map<Long, Boolean> browsable = new HashMap<>();
        return theirs.stream()
                .filter(c -> c.issue() == null
                        || browsable.computeIfAbsent(c.issue().id(), id -> access.canBrowse(Optional.of(actor), c.issue())))
                .toList();
    }
}
