package com.gluework.jira.privacy;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.gluework.core.privacy.PersonalDataStore;

import java.util.Collection;
import java.util.List;

/**
 * Deletes the one kind of Glue Work data that exists only for the person being anonymized: the log of who opened
 * their evidence packets. That log is there so the person can see who looked at their review evidence; once their
 * account is anonymized nobody can read it for them any more, and keeping it would keep a record that they were
 * under review. Their own views of other people's packets stay (that log belongs to the other person) and follow the
 * key change like every other stored key (see {@link GlueWorkUserKeyChangeHandler}).
 * <p>
 * Contributions, corroborations and history are kept: they are the team's record of work, and Jira anonymizes the
 * person in them by changing the key. Free text (summaries, impact, notes) is not scrubbed: Jira gives this handler
 * only the user key, not a name to look for, and a display name cannot be told apart from ordinary words reliably
 * (docs/decisions.md, issue 11). The personal data export shows an admin every such text to review by hand.
 */
public class GlueWorkUserAnonymizationHandler implements UserAnonymizationHandler {
    static final String PACKET_VIEWS_DESCRIPTION_KEY = "gluework.anonymization.affected.packetviewsofperson";
    // The JDK's logger: no logging library to import (Jira routes it to its own log).
    private static final System.Logger LOG = System.getLogger(GlueWorkUserAnonymizationHandler.class.getName());

    private final PersonalDataStore store;

    public GlueWorkUserAnonymizationHandler(PersonalDataStore store) {
        this.store = store;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter) {
        long views = hasKey(parameter) ? store.packetViewsOf(parameter.getUserKey()) : 0;
        if (views == 0) {
            return List.of();
        }
        return List.of(AffectedEntity.newBuilder(AffectedEntityType.REMOVE)
                .descriptionKey(PACKET_VIEWS_DESCRIPTION_KEY)
                .numberOfOccurrences(views)
                .build());
    }

    @Override
    public int getNumberOfTasks(UserAnonymizationParameter parameter) {
        long views = hasKey(parameter) ? store.packetViewsOf(parameter.getUserKey()) : 0;
        return PersonalDataStore.batches(views, store.batchSize());
    }

    @Override
    public ServiceResult update(UserAnonymizationParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        if (!hasKey(parameter)) {
            return new ServiceResultImpl(errors);
        }
        try {
            long deleted = store.deletePacketViewsOf(parameter.getUserKey(), new JiraTaskProgress(parameter.getContext()));
            LOG.log(System.Logger.Level.INFO, "Glue Work deleted " + deleted + " evidence-packet views of an anonymized user");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Glue Work could not delete the evidence-packet views of an anonymized user", e);
            errors.addErrorMessage("Glue Work could not delete every evidence-packet view of this user ("
                    + e.getClass().getSimpleName() + "). Retry the anonymization; rows already deleted stay deleted.");
        }
        return new ServiceResultImpl(errors);
    }

    private static boolean hasKey(UserAnonymizationParameter parameter) {
        return parameter.getUserKey() != null && !parameter.getUserKey().isEmpty();
    }
}
