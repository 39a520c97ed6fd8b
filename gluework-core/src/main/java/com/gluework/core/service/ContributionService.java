package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.FieldError;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.IssueSource;
import com.gluework.core.port.PeopleDirectory;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Records glue on an issue, lists it, and lets peers corroborate it. */
public final class ContributionService {
    /** Jira project keys start with a letter and hold letters, digits and underscores. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}-[1-9][0-9]{0,18}");

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

    /** The active categories, in display order, for pickers. */
    public List<Category> activeCategories() {
        return categories.findAll().stream().filter(Category::active).toList();
    }

    /** The glue on an issue the actor may browse, oldest first. */
    public IssueContributions listForIssue(Optional<String> actorKey, String issueKey) {
        IssueRef issue = visibleIssue(actorKey, issueKey);
        return new IssueContributions(issue, contributions.findByIssue(issue.id()));
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
        List<FieldError> errors = ContributionRules.validate(draft, categories::findByKey,
                key -> people.findPerson(key).isPresent());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String contributor = draft.contributorKey() == null ? actor : draft.contributorKey();
        LocalDate occurredOn = draft.occurredOn() == null ? LocalDate.now(clock) : draft.occurredOn();
        List<URI> links = draft.evidenceLinks().stream().map(l -> ContributionRules.parseEvidenceLink(l).orElseThrow()).toList();
        return contributions.create(new NewContribution(draft.categoryKey(), contributor, actor, issue, occurredOn,
                draft.summary().strip(), draft.impact() == null ? "" : draft.impact().strip(),
                draft.beneficiaryKeys().stream().distinct().toList(), links, ContributionSource.MANUAL, clock.instant()));
    }

    /**
     * Adds the actor's corroboration to someone else's contribution.
     *
     * @throws AccessDeniedException the actor is the contributor
     * @throws ConflictException     already corroborated by the actor, or the contribution is retired
     */
    public Contribution corroborate(Optional<String> actorKey, long contributionId, String note) {
        String actor = requireUser(actorKey);
        Contribution contribution = visibleContribution(actorKey, contributionId);
        List<FieldError> errors = ContributionRules.validateNote(note);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (contribution.contributorKey().equals(actor)) {
            throw new AccessDeniedException("contributionId", "You cannot corroborate your own contribution.");
        }
        if (contribution.state() == ContributionState.RETIRED) {
            throw new ConflictException("contributionId", "This contribution is retired; restore it before corroborating.");
        }
        if (contribution.isCorroboratedBy(actor)) {
            throw new ConflictException("contributionId", "You have already corroborated this contribution.");
        }
        contributions.addCorroboration(contributionId, actor, note == null ? "" : note.strip(), clock.instant());
        return contributions.findById(contributionId).orElseThrow();
    }

    private Contribution visibleContribution(Optional<String> actorKey, long contributionId) {
        NotFoundException notFound = new NotFoundException("contributionId",
                "Contribution " + contributionId + " does not exist or you do not have permission to see it.");
        Contribution contribution = contributions.findById(contributionId).orElseThrow(() -> notFound);
        if (contribution.issue() != null) {
            IssueRef current = issues.findIssueById(contribution.issue().id()).orElseThrow(() -> notFound);
            if (!access.canBrowse(actorKey, current)) {
                throw notFound;
            }
        }
        return contribution;
    }

    private IssueRef visibleIssue(Optional<String> actorKey, String issueKey) {
        if (issueKey == null || !ISSUE_KEY.matcher(issueKey).matches()) {
            throw new InvalidInputException("issueKey", "\"" + issueKey + "\" is not an issue key like ABC-123.");
        }
        // Unknown and unbrowsable issues get the same answer, so the response never reveals a hidden issue.
        NotFoundException notFound = new NotFoundException("issueKey",
                "Issue " + issueKey + " does not exist or you do not have permission to see it.");
        IssueRef issue = issues.findIssue(issueKey).orElseThrow(() -> notFound);
        if (!access.canBrowse(actorKey, issue)) {
            throw notFound;
        }
        return issue;
    }

    private static String requireUser(Optional<String> actorKey) {
        return actorKey.orElseThrow(() -> new AuthenticationRequiredException("user", "Log in to record or corroborate glue."));
    }
}
