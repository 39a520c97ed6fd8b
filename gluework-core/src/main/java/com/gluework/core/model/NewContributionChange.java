package com.gluework.core.model;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A change history entry ready to be stored with the change it describes; the repository assigns its id and, for
 * {@link ChangeKind#CREATED}, the contribution id. The factories below are the one place that decides which fields a
 * change names and how their values read.
 */
public record NewContributionChange(String actorKey, Instant at, ChangeKind kind, List<FieldChange> fieldChanges) {
    public NewContributionChange {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        fieldChanges = List.copyOf(fieldChanges == null ? List.of() : fieldChanges);
    }

    /** Recorded by {@link NewContribution#recordedByKey()}: every field that has a value, from nothing. */
    public static NewContributionChange created(NewContribution c) {
        List<FieldChange> fields = new ArrayList<>();
        addIfDifferent(fields, FieldChange.CATEGORY, "", c.categoryKey());
        addIfDifferent(fields, FieldChange.CONTRIBUTOR, "", c.contributorKey());
        addIfDifferent(fields, FieldChange.OCCURRED_ON, "", c.occurredOn().toString());
        addIfDifferent(fields, FieldChange.SUMMARY, "", c.summary());
        addIfDifferent(fields, FieldChange.IMPACT, "", c.impact());
        addIfDifferent(fields, FieldChange.BENEFICIARIES, "", beneficiaries(c.beneficiaryKeys()));
        addIfDifferent(fields, FieldChange.EVIDENCE_LINKS, "", links(c.evidenceLinks()));
        return new NewContributionChange(c.recordedByKey(), c.createdAt(), ChangeKind.CREATED, fields);
    }

    /** Only the fields an edit really changed; {@link #fieldChanges()} is empty when it changed none. */
    public static NewContributionChange edited(String actorKey, Instant at, Contribution before, Contribution after) {
        List<FieldChange> fields = new ArrayList<>();
        addIfDifferent(fields, FieldChange.CATEGORY, before, after, Contribution::categoryKey);
        addIfDifferent(fields, FieldChange.CONTRIBUTOR, before, after, Contribution::contributorKey);
        addIfDifferent(fields, FieldChange.OCCURRED_ON, before, after, c -> c.occurredOn().toString());
        addIfDifferent(fields, FieldChange.SUMMARY, before, after, Contribution::summary);
        addIfDifferent(fields, FieldChange.IMPACT, before, after, Contribution::impact);
        addIfDifferent(fields, FieldChange.BENEFICIARIES, before, after, c -> beneficiaries(c.beneficiaryKeys()));
        addIfDifferent(fields, FieldChange.EVIDENCE_LINKS, before, after, c -> links(c.evidenceLinks()));
        addIfDifferent(fields, FieldChange.STATE, before, after, c -> c.state().name());
        return new NewContributionChange(actorKey, at, ChangeKind.EDITED, fields);
    }

    public static NewContributionChange retired(String actorKey, Instant at) {
        return new NewContributionChange(actorKey, at, ChangeKind.RETIRED, List.of(new FieldChange(FieldChange.STATE,
                ContributionState.ACTIVE.name(), ContributionState.RETIRED.name())));
    }

    public static NewContributionChange restored(String actorKey, Instant at) {
        return new NewContributionChange(actorKey, at, ChangeKind.RESTORED, List.of(new FieldChange(FieldChange.STATE,
                ContributionState.RETIRED.name(), ContributionState.ACTIVE.name())));
    }

    /** By the corroborator; names the note when there is one. */
    public static NewContributionChange corroborated(String corroboratorKey, Instant at, String note) {
        List<FieldChange> fields = new ArrayList<>();
        addIfDifferent(fields, FieldChange.NOTE, "", note == null ? "" : note);
        return new NewContributionChange(corroboratorKey, at, ChangeKind.CORROBORATED, fields);
    }

    /** By the corroborator; the withdrawn note stays readable in the earlier {@link ChangeKind#CORROBORATED} entry. */
    public static NewContributionChange corroborationWithdrawn(String corroboratorKey, Instant at) {
        return new NewContributionChange(corroboratorKey, at, ChangeKind.CORROBORATION_WITHDRAWN, List.of());
    }

    /**
     * By the editor whose change of the contributor or summary withdrew someone's corroboration: they vouched for
     * what it said before, not for what it says now. Names the corroborator, since the entry's actor is the editor.
     */
    public static NewContributionChange corroborationWithdrawnByEdit(String editorKey, Instant at, String corroboratorKey) {
        return new NewContributionChange(editorKey, at, ChangeKind.CORROBORATION_WITHDRAWN,
                List.of(new FieldChange(FieldChange.CORROBORATOR, corroboratorKey, "")));
    }

    /** This entry as stored, once the repository knows its ids. */
    public ContributionChange stored(long id, long contributionId) {
        return new ContributionChange(id, contributionId, actorKey, at, kind, fieldChanges);
    }

    private static void addIfDifferent(List<FieldChange> fields, String field, Contribution before, Contribution after,
                                       Function<Contribution, String> value) {
        addIfDifferent(fields, field, value.apply(before), value.apply(after));
    }

    private static void addIfDifferent(List<FieldChange> fields, String field, String before, String after) {
        if (!before.equals(after)) {
            fields.add(new FieldChange(field, before, after));
        }
    }

    private static String beneficiaries(List<String> keys) {
        return String.join(FieldChange.LIST_SEPARATOR, keys);
    }

    private static String links(List<URI> links) {
        return links.stream().map(URI::toString).collect(Collectors.joining(FieldChange.LINK_SEPARATOR));
    }
}
