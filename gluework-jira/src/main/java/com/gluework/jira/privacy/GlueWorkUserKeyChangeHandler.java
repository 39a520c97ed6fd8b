package com.gluework.jira.privacy;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.gluework.core.privacy.PersonalDataCount;
import com.gluework.core.privacy.PersonalDataStore;
import com.gluework.core.privacy.UserKeyChange;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Moves everything Glue Work stores under a user key to the user's new key: when Jira anonymizes a user (old key to
 * {@code JIRAUSER<id>}) and whenever else it changes a key. Every column that holds user keys is rewritten, including
 * keys inside unique values and history entries (see {@code com.gluework.ao.UserKeyColumns}); free text is not.
 * <p>
 * Jira shows the admin one line per Glue Work table that names the user before it starts; progress is one task per
 * batch of rows, each batch its own transaction. If a batch fails, the result carries the error and Jira lets the admin
 * retry; the batches already committed stay, and the retry finds only the rows still holding the old key.
 */
public class GlueWorkUserKeyChangeHandler implements UserKeyChangeHandler {
    /** Prefix of the i18n keys (in i18n/gluework.properties) that describe each table to the admin. */
    static final String DESCRIPTION_KEY_PREFIX = "gluework.anonymization.affected.";
    // The JDK's logger: no logging library to import (Jira routes it to its own log).
    private static final System.Logger LOG = System.getLogger(GlueWorkUserKeyChangeHandler.class.getName());

    private final PersonalDataStore store;

    public GlueWorkUserKeyChangeHandler(PersonalDataStore store) {
        this.store = store;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        if (!changes(parameter)) {
            return List.of();
        }
        return store.rowsNaming(parameter.getOriginal()).stream()
                .map(count -> AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                        .descriptionKey(DESCRIPTION_KEY_PREFIX + count.table().toLowerCase(Locale.ROOT))
                        .numberOfOccurrences(count.values())
                        .build())
                .toList();
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        if (!changes(parameter)) {
            return 1;
        }
        return Math.max(1, store.rowsNaming(parameter.getOriginal()).stream().mapToInt(PersonalDataCount::batches).sum());
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        if (!changes(parameter)) {
            return new ServiceResultImpl(errors);
        }
        try {
            long changed = store.changeUserKey(new UserKeyChange(parameter.getOriginal(), parameter.getTarget()),
                    new JiraTaskProgress(parameter.getContext()));
            LOG.log(System.Logger.Level.INFO, "Glue Work moved " + changed + " stored user keys to a changed key");
        } catch (RuntimeException e) {
            // The keys themselves are personal data: neither the log nor the message names them.
            LOG.log(System.Logger.Level.ERROR, "Glue Work could not move every stored user key to a changed key", e);
            errors.addErrorMessage("Glue Work could not change every stored user key (" + e.getClass().getSimpleName()
                    + "). Retry the anonymization; rows already changed are kept.");
        }
        return new ServiceResultImpl(errors);
    }

    /** Whether there is anything to do: both keys present and different. */
    private static boolean changes(UserPropertyChangeParameter parameter) {
        String original = parameter.getOriginal();
        String target = parameter.getTarget();
        return original != null && !original.isEmpty() && target != null && !target.isEmpty() && !original.equals(target);
    }
}
