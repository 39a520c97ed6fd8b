package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.EditRights;
import com.gluework.core.model.FieldError;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.IssueSource;
import com.gluework.core.port.PeopleDirectory;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Records glue on an issue, lists it, lets peers corroborate it, and lets the people it belongs to edit, retire and
 * restore it. Every change is written together with its history entry; nothing a user does deletes data.
 */
public final class ContributionService {
    /** Jira project keys start with a letter and hold letters, digits and underscores. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}-[1-9][0-9]{0,18}");
    /** How often a corroboration or its withdrawal re-reads and re-checks a contribution that changed meanwhile. */
    private static final int MAX_ATTEMPTS_ON_STALE_VERSION = 5;

    private final ContributionRepository contributions;
    private final CategoryRepository categories;
    private final IssueSource issues;
    private final PeopleDirectory people;
    private final AccessPolicy access;
    private final Clock clock;

    @Inject
    public ContributionService(ContributionRepository contributions, CategoryRepository categories, IssueSource issues,
                               PeopleDirectory people, AccessPolicy access, Clock clock) {
        this.contributions = contributions;
        this.categories = categories;
        this.issues = issues;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The glue on an issue the actor may browse, oldest first. Retired contributions are included only for those who
     * may restore them (see {@link EditRights#maySee}).
     */
    public IssueContributions listForIssue(Optional<String> actorKey, String issueKey) {
        return readForPanel(actorKey, issueKey).shown();
    }

    /**
     * {@link #listForIssue}, together with every contribution on the issue in any state as the same read found them:
     * what "Possible glue" needs ({@link SuggestionService#suggestionsFor(Optional, String, List)}: recorded glue hides
     * its suggestion even when it is retired and hidden from this viewer). The panel so reads the issue's glue once
     * instead of once for its list and again for its suggestions (three statements each; JFR, issue 13).
     *
     * @throws NotFoundException as {@link #listForIssue}
     */
    public PanelRead readForPanel(Optional<String> actorKey, String issueKey) {
        IssueRef issue = visibleIssue(actorKey, issueKey);
        ContributionRepository.IssueGlue glue = contributions.findIssueGlue(issue.id());
        List<Contribution> all = glue.contributions();
        if (all.stream().allMatch(c -> c.state() != ContributionState.RETIRED)) {
            // nothing to hide, so no need to ask the host for admin rights
            return new PanelRead(new IssueContributions(issue, all), glue);
        }
        EditRights rights = editRights(actorKey, issue);
        return new PanelRead(new IssueContributions(issue, all.stream().filter(rights::maySee).toList()), glue);
    }

    /**
     * @param shown   what the viewer may see, as {@link #listForIssue} answers it
     * @param onIssue the store's read of the issue ({@link ContributionRepository#findIssueGlue}): every contribution
     *                on it, and the dismissed suggestion traces where the store read them with its glue
     */
    public record PanelRead(IssueContributions shown, ContributionRepository.IssueGlue onIssue) {
        public PanelRead {
            java.util.Objects.requireNonNull(shown, "shown");
            java.util.Objects.requireNonNull(onIssue, "onIssue");
        }

        /** A read without the dismissed traces: "Possible glue" asks the dismissals store for them when it needs them. */
        public PanelRead(IssueContributions shown, List<Contribution> everyOnIssue) {
            this(shown, new ContributionRepository.IssueGlue(everyOnIssue, Optional.empty()));
        }

        /** Every contribution on the issue, in any state: never for display, since it may hold glue the viewer may not see. */
        public List<Contribution> everyOnIssue() {
            return onIssue.contributions();
        }

        /** The suggestion traces dismissed on the issue, when the store read them with its glue; empty when it did not. */
        public Optional<Set<String>> dismissedSuggestionTraces() {
            return onIssue.dismissedSuggestionTraces();
        }
    }

    /**
     * Records glue on an issue, for the actor or (a peer observation) for a teammate.
     *
     * @throws AuthenticationRequiredException anonymous actor
     * @throws NotFoundException               the issue is unknown or not browsable by the actor
     * @throws InvalidInputException           any field breaks a rule; nothing is stored
     */
    public Contribution record(Optional<String> actorKey, String issueKey, ContributionDraft draft) {
        String actor = requireUser(actorKey);
        IssueRef issue = visibleIssue(actorKey, issueKey);
        return store(actor, issue, draft);
    }

    /**
     * Records glue done somewhere else than on an issue — a runbook page, a meeting — for the actor or a teammate: on
     * {@code issueKey} when one is given, with exactly the rules and errors of {@link #record}; otherwise as team glue
     * not tied to an issue, which the sprint report counts by its date.
     *
     * @throws AuthenticationRequiredException anonymous actor
     * @throws NotFoundException               an issue key was given, and that issue is unknown or not browsable
     * @throws InvalidInputException           any field breaks a rule; nothing is stored
     */
    public Contribution recordAnywhere(Optional<String> actorKey, Optional<String> issueKey, ContributionDraft draft) {
        if (issueKey.isPresent()) {
            return record(actorKey, issueKey.get(), draft);
        }
        return store(requireUser(actorKey), null, draft);
    }

    /** The most glue {@link #listForEvidence} returns for one link. */
    public static final int MOST_FOR_EVIDENCE = 100;

    /**
     * The glue credited to a page or other evidence: contributions that are not retired and list {@code link} among
     * their evidence links, oldest first — those on issues the actor may browse and all team glue, like the report.
     *
     * @throws AuthenticationRequiredException anonymous actor (glue names people)
     */
    public List<Contribution> listForEvidence(Optional<String> actorKey, URI link) {
        requireUser(actorKey);
        Map<Long, Boolean> browsable = new HashMap<>();
        return contributions.findByEvidenceLink(link, MOST_FOR_EVIDENCE).stream()
                .filter(c -> c.issue() == null
                        || browsable.computeIfAbsent(c.issue().id(), id -> access.canBrowse(actorKey, c.issue())))
                .toList();
    }

    /** @param issue {@code null} for team glue not tied to an issue */
    private Contribution store(String actor, IssueRef issue, ContributionDraft draft) {
        // Only the categories that apply where the glue was done: the issue's project's own set, or the instance set
        // (team glue not tied to an issue has no project, so the instance set).
        List<Category> applicable = categories.findApplicable(issue == null ? null : issue.projectKey());
        List<FieldError> errors = ContributionRules.validate(draft, LocalDate.now(clock),
                key -> applicable.stream().filter(c -> c.key().equals(key)).findFirst(),
                key -> people.findPerson(key).isPresent());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String contributor = draft.contributorKey() == null ? actor : draft.contributorKey();
        LocalDate occurredOn = draft.occurredOn() == null ? LocalDate.now(clock) : draft.occurredOn();
        NewContribution contribution = new NewContribution(draft.categoryKey(), contributor, actor, issue, occurredOn,
                draft.summary().strip(), stripped(draft.impact()), draft.beneficiaryKeys().stream().distinct().toList(),
                parsedLinks(draft), ContributionSource.MANUAL, clock.instant());
        return contributions.create(contribution, NewContributionChange.created(contribution));
    }

    /**
     * Changes a contribution's fields, keeping the old values in its history. The draft is read as the whole new
     * state, except that a missing contributor or date keeps the current one. An edit that changes nothing stores
     * nothing and returns the contribution as it is.
     * <p>
     * An edit that changes the contributor or the summary withdraws every active corroboration, in the same
     * transaction, with a history entry by the editor for each: the corroborators vouched for what it said before.
     *
     * @param baseVersion the {@link Contribution#version()} the user's form was based on
     * @throws AuthenticationRequiredException anonymous actor
     * @throws NotFoundException               unknown, or on an issue the actor cannot browse
     * @throws AccessDeniedException           the actor is neither its recorder, its contributor nor a project admin
     * @throws ConflictException               {@code baseVersion} is stale (someone changed it meanwhile), or it is
     *                                         retired; nothing is changed
     * @throws InvalidInputException           any field breaks a rule, or the new contributor has corroborated it
     */
    public Contribution edit(Optional<String> actorKey, long contributionId, ContributionDraft draft, int baseVersion) {
        String actor = requireUser(actorKey);
        Contribution current = editableContribution(actor, contributionId, baseVersion);
        if (current.state() == ContributionState.RETIRED) {
            throw new ConflictException("state", "This contribution is retired; restore it before editing.");
        }
        List<FieldError> errors = ContributionRules.validate(draft, LocalDate.now(clock), keepingCurrentCategory(current),
                key -> current.contributorKey().equals(key) || current.beneficiaryKeys().contains(key)
                        || people.findPerson(key).isPresent());
        String contributor = draft.contributorKey() == null ? current.contributorKey() : draft.contributorKey();
        if (errors.isEmpty() && current.isCorroboratedBy(contributor)) {
            errors = List.of(new FieldError("contributorKey", "This person has corroborated the contribution, and nobody "
                    + "may corroborate their own glue; they need to withdraw their corroboration first."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Contribution edited = new Contribution(current.id(), draft.categoryKey(), contributor, current.recordedByKey(),
                current.issue(), draft.occurredOn() == null ? current.occurredOn() : draft.occurredOn(),
                draft.summary().strip(), stripped(draft.impact()), draft.beneficiaryKeys().stream().distinct().toList(),
                parsedLinks(draft), current.state(), current.source(), current.createdAt(), clock.instant(),
                current.version(), current.corroborations());
        NewContributionChange change = NewContributionChange.edited(actor, edited.updatedAt(), current, edited);
        if (change.fieldChanges().isEmpty()) {
            return current;
        }
        boolean claimChanged = !edited.contributorKey().equals(current.contributorKey())
                || !edited.summary().equals(current.summary());
        List<String> withdrawn = claimChanged
                ? current.corroborations().stream().map(Corroboration::corroboratorKey).toList() : List.of();
        return contributions.update(edited, baseVersion, change, withdrawn);
    }

    /**
     * Hides a contribution from counts and reports without deleting it.
     *
     * @throws ConflictException already retired, or {@code baseVersion} is stale; nothing is changed
     * @see #edit for who may do it and the other exceptions
     */
    public Contribution retire(Optional<String> actorKey, long contributionId, int baseVersion) {
        String actor = requireUser(actorKey);
        Contribution current = editableContribution(actor, contributionId, baseVersion);
        if (current.state() == ContributionState.RETIRED) {
            throw new ConflictException("state", "This contribution is already retired.");
        }
        Instant now = clock.instant();
        return contributions.update(withState(current, ContributionState.RETIRED, now), baseVersion,
                NewContributionChange.retired(actor, now));
    }

    /**
     * Brings a retired contribution back.
     *
     * @throws ConflictException not retired, or {@code baseVersion} is stale; nothing is changed
     * @see #edit for who may do it and the other exceptions
     */
    public Contribution restore(Optional<String> actorKey, long contributionId, int baseVersion) {
        String actor = requireUser(actorKey);
        Contribution current = editableContribution(actor, contributionId, baseVersion);
        if (current.state() != ContributionState.RETIRED) {
            throw new ConflictException("state", "This contribution is not retired.");
        }
        Instant now = clock.instant();
        return contributions.update(withState(current, ContributionState.ACTIVE, now), baseVersion,
                NewContributionChange.restored(actor, now));
    }

    /**
     * Who may edit, retire and restore the contributions on this issue, as this actor: for rendering edit controls,
     * one host permission check for a whole panel. The state-changing methods check again themselves.
     *
     * @param issue the issue as the host knows it now (e.g. {@link IssueContributions#issue()}), or {@code null} for
     *              team glue, which only its recorder and contributor may edit
     */
    public EditRights editRights(Optional<String> actorKey, IssueRef issue) {
        boolean projectAdmin = actorKey.isPresent() && issue != null && access.canAdministerProject(actorKey.get(), issue);
        return new EditRights(actorKey, projectAdmin);
    }

    /**
     * Adds the actor's corroboration to someone else's contribution.
     * <p>
     * The rules are checked against the version read here, and the repository stores the corroboration only if that
     * is still the stored version. When someone changed the contribution meanwhile, the rules are checked again on
     * what they changed it to (the actor's intent, "I vouch for this", does not depend on the version), a few times at
     * most, so a concurrent edit or retirement can never slip a corroboration past them.
     *
     * @throws AccessDeniedException the actor is the contributor or the recorder: their word is already on it
     * @throws ConflictException     already corroborated by the actor, the contribution is retired, or it kept
     *                               changing while we tried
     */
    public Contribution corroborate(Optional<String> actorKey, long contributionId, String note) {
        String actor = requireUser(actorKey);
        List<FieldError> errors = ContributionRules.validateNote(note);
        if (!errors.isEmpty()) {
            visibleContribution(actorKey, contributionId); // an unknown or hidden contribution answers 404 first
            throw new InvalidInputException(errors);
        }
        String storedNote = stripped(note);
        return retryingOnStaleVersion(() -> {
            Contribution contribution = visibleContribution(actorKey, contributionId);
            if (contribution.contributorKey().equals(actor)) {
                throw new AccessDeniedException("contributionId", "You cannot corroborate your own contribution.");
            }
            if (contribution.recordedByKey().equals(actor)) {
                throw new AccessDeniedException("contributionId",
                        "You recorded this contribution; a corroboration has to come from someone else.");
            }
            if (contribution.state() == ContributionState.RETIRED) {
                throw new ConflictException("contributionId", "This contribution is retired; restore it before corroborating.");
            }
            if (contribution.isCorroboratedBy(actor)) {
                throw new ConflictException("contributionId", "You have already corroborated this contribution.");
            }
            Instant now = clock.instant();
            contributions.addCorroboration(contributionId, contribution.version(), actor, storedNote, now,
                    NewContributionChange.corroborated(actor, now, storedNote));
        }, contributionId);
    }

    /**
     * Withdraws the actor's own corroboration. It is kept in the history but no longer counts or shows; corroborating
     * again later makes it active again. Retried on a concurrent change like {@link #corroborate}.
     *
     * @throws AuthenticationRequiredException anonymous actor
     * @throws NotFoundException               unknown, or on an issue the actor cannot browse
     * @throws ConflictException               the actor has no active corroboration on it
     */
    public Contribution withdrawCorroboration(Optional<String> actorKey, long contributionId) {
        String actor = requireUser(actorKey);
        return retryingOnStaleVersion(() -> {
            Contribution contribution = visibleContribution(actorKey, contributionId);
            if (!contribution.isCorroboratedBy(actor)) {
                throw new ConflictException("contributionId", "You have not corroborated this contribution.");
            }
            Instant now = clock.instant();
            contributions.withdrawCorroboration(contributionId, contribution.version(), actor, now,
                    NewContributionChange.corroborationWithdrawn(actor, now));
        }, contributionId);
    }

    /**
     * Runs a check-then-write whose checks are re-done on the newer version when another change won the race, and
     * returns the contribution as stored afterwards. Gives up with the stale-version conflict after a few tries: only a
     * contribution changing many times a second can do that to a person.
     */
    private Contribution retryingOnStaleVersion(Runnable checkThenWrite, long contributionId) {
        for (int attempt = 1; ; attempt++) {
            try {
                checkThenWrite.run();
                return contributions.findById(contributionId).orElseThrow();
            } catch (ConflictException e) {
                if (!e.isStaleVersion() || attempt == MAX_ATTEMPTS_ON_STALE_VERSION) {
                    throw e;
                }
            }
        }
    }

    /**
     * One contribution, as whoever may see it sees it: anyone who may browse its issue, or, once it is retired, only
     * those who may restore it (see {@link EditRights#maySee}).
     *
     * @throws NotFoundException unknown, on an issue the actor cannot browse, or retired and the actor may not edit it
     */
    public Contribution find(Optional<String> actorKey, long contributionId) {
        return visibleContribution(actorKey, contributionId);
    }

    /**
     * Who changed what on a contribution and when, oldest first. Visible to whoever may see the contribution.
     *
     * @throws NotFoundException unknown, on an issue the actor cannot browse, or retired and the actor may not edit it
     */
    public List<ContributionChange> history(Optional<String> actorKey, long contributionId) {
        visibleContribution(actorKey, contributionId);
        return contributions.findHistory(contributionId);
    }

    /** The contribution, if the actor may see and edit it and their form was based on its current version. */
    private Contribution editableContribution(String actor, long contributionId, int baseVersion) {
        Visible visible = visible(Optional.of(actor), contributionId);
        Contribution current = visible.contribution();
        if (!mayEdit(Optional.of(actor), current, visible.issue())) {
            throw new AccessDeniedException("contributionId",
                    "Only the person who recorded this glue, the person who did it, or a project administrator may change it.");
        }
        if (current.version() != baseVersion) {
            // The repository checks again inside its transaction, for the edits that race past this check.
            throw ConflictException.staleVersion();
        }
        return current;
    }

    /**
     * Categories as the rules should see them for an edit: a category an admin has since retired stays acceptable
     * on the contributions that already use it, so their other fields can still be corrected.
     */
    private Function<String, Optional<Category>> keepingCurrentCategory(Contribution current) {
        return key -> {
            Optional<Category> found = categories.findByKey(key);
            if (!current.categoryKey().equals(key)) {
                return found;
            }
            Category category = found.orElse(new Category(key, key, "", "", "", true, 0));
            return Optional.of(new Category(category.key(), category.name(), category.definition(), category.examples(),
                    category.rubricDimension(), true, category.order()));
        };
    }

    private static Contribution withState(Contribution c, ContributionState state, Instant updatedAt) {
        return new Contribution(c.id(), c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(), c.occurredOn(),
                c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), state, c.source(), c.createdAt(),
                updatedAt, c.version(), c.corroborations());
    }

    /** Only called after the rules accepted every link. */
    private static List<URI> parsedLinks(ContributionDraft draft) {
        return draft.evidenceLinks().stream().map(l -> ContributionRules.parseEvidenceLink(l).orElseThrow()).toList();
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    private Contribution visibleContribution(Optional<String> actorKey, long contributionId) {
        return visible(actorKey, contributionId).contribution();
    }

    /**
     * The contribution, if the actor may browse its issue and, when it is retired, may restore it. Unknown, hidden and
     * retired-but-not-theirs all get the same answer, so the response never reveals what the actor may not see.
     */
    private Visible visible(Optional<String> actorKey, long contributionId) {
        // Built only when thrown: an exception fills in its stack trace when constructed, and a REST call's stack is
        // deep (Jetty, filters, Jersey), so an eager one cost every successful call that trace (issue 13).
        Supplier<NotFoundException> notFound = () -> new NotFoundException("contributionId",
                "Contribution " + contributionId + " does not exist or you do not have permission to see it.");
        Contribution contribution = contributions.findById(contributionId).orElseThrow(notFound);
        IssueRef issue = null;
        if (contribution.issue() != null) {
            issue = issues.findIssueById(contribution.issue().id()).orElseThrow(notFound);
            if (!access.canBrowse(actorKey, issue)) {
                throw notFound.get();
            }
        }
        if (contribution.state() == ContributionState.RETIRED && !mayEdit(actorKey, contribution, issue)) {
            throw notFound.get();
        }
        return new Visible(contribution, issue);
    }

    /** Asks the host whether the actor administers the project only when they are neither recorder nor contributor. */
    private boolean mayEdit(Optional<String> actorKey, Contribution contribution, IssueRef issue) {
        return new EditRights(actorKey, false).mayEdit(contribution) || editRights(actorKey, issue).mayEdit(contribution);
    }

    /**
     * A contribution the actor may see.
     *
     * @param issue its issue as the host knows it now, or {@code null} for team glue
     */
    private record Visible(Contribution contribution, IssueRef issue) {
    }

    private IssueRef visibleIssue(Optional<String> actorKey, String issueKey) {
        if (issueKey == null || !ISSUE_KEY.matcher(issueKey).matches()) {
            throw new InvalidInputException("issueKey", "\"" + issueKey + "\" is not an issue key like ABC-123.");
        }
        // Unknown and unbrowsable issues get the same answer, so the response never reveals a hidden issue.
        // Built only when thrown (see visible): the panel asks this on every render.
        Supplier<NotFoundException> notFound = () -> new NotFoundException("issueKey",
                "Issue " + issueKey + " does not exist or you do not have permission to see it.");
        IssueRef issue = issues.findIssue(issueKey).orElseThrow(notFound);
        if (!access.canBrowse(actorKey, issue)) {
            throw notFound.get();
        }
        return issue;
    }

    private static String requireUser(Optional<String> actorKey) {
        return actorKey.orElseThrow(() -> new AuthenticationRequiredException("user", "Log in to record, corroborate or change glue."));
    }
}
