package com.gluework.jira.privacy;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.gluework.core.privacy.DataExportRecord;
import com.gluework.core.privacy.PersonalDataCount;
import com.gluework.core.privacy.PersonalDataRecords;
import com.gluework.core.privacy.PersonalDataStore;
import com.gluework.core.privacy.UserKeyChange;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class AnonymizationHandlersTest {
    private final FakeStore store = new FakeStore();
    private final AtomicInteger completedTasks = new AtomicInteger();
    private final Context context = input -> completedTasks::incrementAndGet;

    @Test
    public void keyChange_shouldListEveryTableThatNamesTheUserWithItsCountAndAnI18nKey() throws IOException {
        // given
        store.counts = List.of(new PersonalDataCount("contributions", 3, 1), new PersonalDataCount("history", 250, 2));
        List<AffectedEntity> everyTable = List.copyOf(new GlueWorkUserKeyChangeHandler(new FakeStore() {
            @Override
            public List<PersonalDataCount> rowsNaming(String userKey) {
                return com.gluework.ao.UserKeyColumns.USER_KEYS.stream().map(c -> c.table()).distinct()
                        .map(t -> new PersonalDataCount(t, 1, 1)).toList();
            }
        }).getAffectedEntities(keyChange("bob", "JIRAUSER10100")));

        // when
        List<AffectedEntity> affected = List.copyOf(new GlueWorkUserKeyChangeHandler(store)
                .getAffectedEntities(keyChange("bob", "JIRAUSER10100")));

        // then
        assertEquals(2, affected.size());
        assertEquals(AffectedEntityType.ANONYMIZE, affected.get(0).getType());
        assertEquals("gluework.anonymization.affected.contributions", affected.get(0).getDescriptionKey());
        assertEquals(Long.valueOf(3), affected.get(0).getNumberOfOccurrences());
        assertEquals(Long.valueOf(250), affected.get(1).getNumberOfOccurrences());
        assertEquals("bob", store.countedKey);
        Properties texts = i18n();
        assertTrue(everyTable.size() >= 8);
        for (AffectedEntity entity : everyTable) {
            assertTrue(entity.getDescriptionKey(), texts.containsKey(entity.getDescriptionKey()));
        }
    }

    @Test
    public void keyChange_shouldCountOneTaskPerBatchAndAtLeastOne() {
        store.counts = List.of(new PersonalDataCount("contributions", 3, 1), new PersonalDataCount("history", 250, 2));
        assertEquals(3, new GlueWorkUserKeyChangeHandler(store).getNumberOfTasks(keyChange("bob", "JIRAUSER10100")));
        store.counts = List.of();
        assertEquals(1, new GlueWorkUserKeyChangeHandler(store).getNumberOfTasks(keyChange("bob", "JIRAUSER10100")));
    }

    @Test
    public void keyChange_update_shouldRewriteFromOriginalToTargetAndReportEachBatch() {
        // given
        store.batchesToRun = 4;

        // when
        ServiceResult result = new GlueWorkUserKeyChangeHandler(store).update(keyChange("bob", "JIRAUSER10100"));

        // then
        assertTrue(result.isValid());
        assertEquals(List.of(new UserKeyChange("bob", "JIRAUSER10100")), store.changes);
        assertEquals(4, completedTasks.get());
    }

    @Test
    public void keyChange_update_shouldDoNothingWhenTheKeyDoesNotChange() {
        ServiceResult result = new GlueWorkUserKeyChangeHandler(store).update(keyChange("bob", "bob"));
        assertTrue(result.isValid());
        assertEquals(List.of(), store.changes);
        assertEquals(List.of(), List.copyOf(new GlueWorkUserKeyChangeHandler(store).getAffectedEntities(keyChange("bob", ""))));
    }

    @Test
    public void keyChange_update_shouldReturnAnErrorThatNamesNoKeyWhenTheStoreFails() {
        // given
        store.failure = new IllegalStateException("database gone for bob");

        // when
        ServiceResult result = new GlueWorkUserKeyChangeHandler(store).update(keyChange("bob", "JIRAUSER10100"));

        // then
        assertFalse(result.isValid());
        String message = String.join(" ", result.getErrorCollection().getErrorMessages());
        assertTrue(message, message.contains("Retry"));
        assertFalse(message, message.contains("bob"));
    }

    @Test
    public void anonymization_shouldRemoveTheViewsOfThePersonsPacketsOnly() throws IOException {
        // given
        store.packetViews = 450;
        store.batchesToRun = 3;
        GlueWorkUserAnonymizationHandler handler = new GlueWorkUserAnonymizationHandler(store);

        // when
        List<AffectedEntity> affected = List.copyOf(handler.getAffectedEntities(anonymization("bob")));
        int tasks = handler.getNumberOfTasks(anonymization("bob"));
        ServiceResult result = handler.update(anonymization("bob"));

        // then
        assertEquals(1, affected.size());
        assertEquals(AffectedEntityType.REMOVE, affected.get(0).getType());
        assertEquals(Long.valueOf(450), affected.get(0).getNumberOfOccurrences());
        assertTrue(i18n().containsKey(affected.get(0).getDescriptionKey()));
        assertEquals(3, tasks); // 450 rows, 200 per batch
        assertTrue(result.isValid());
        assertEquals(List.of("bob"), store.deletedViewsOf);
        assertEquals(3, completedTasks.get());
        assertEquals("no key change here: that is the other handler's job", List.of(), store.changes);
    }

    @Test
    public void anonymization_shouldListNothingWhenNobodyOpenedThePersonsPacket() {
        store.packetViews = 0;
        assertEquals(List.of(), List.copyOf(new GlueWorkUserAnonymizationHandler(store).getAffectedEntities(anonymization("bob"))));
        assertEquals(1, new GlueWorkUserAnonymizationHandler(store).getNumberOfTasks(anonymization("bob")));
    }

    private UserPropertyChangeParameter keyChange(String original, String target) {
        return new UserPropertyChangeParameter() {
            @Override
            public String getOriginal() {
                return original;
            }

            @Override
            public String getTarget() {
                return target;
            }

            @Override
            public Context getContext() {
                return context;
            }
        };
    }

    private UserAnonymizationParameter anonymization(String userKey) {
        return new UserAnonymizationParameter() {
            @Override
            public String getUserKey() {
                return userKey;
            }

            @Override
            public Context getContext() {
                return context;
            }
        };
    }

    private static Properties i18n() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = AnonymizationHandlersTest.class.getResourceAsStream("/i18n/gluework.properties")) {
            texts.load(in);
        }
        return texts;
    }

    /** Records what the handlers ask for; runs {@code batchesToRun} progress callbacks per change. */
    private static class FakeStore implements PersonalDataStore {
        List<PersonalDataCount> counts = List.of();
        long packetViews;
        int batchesToRun;
        RuntimeException failure;
        String countedKey;
        final List<UserKeyChange> changes = new ArrayList<>();
        final List<String> deletedViewsOf = new ArrayList<>();

        @Override
        public List<PersonalDataCount> rowsNaming(String userKey) {
            countedKey = userKey;
            return counts;
        }

        @Override
        public long changeUserKey(UserKeyChange change, Runnable afterBatch) {
            if (failure != null) {
                throw failure;
            }
            changes.add(change);
            for (int i = 0; i < batchesToRun; i++) {
                afterBatch.run();
            }
            return batchesToRun;
        }

        @Override
        public long packetViewsOf(String personKey) {
            return packetViews;
        }

        @Override
        public long deletePacketViewsOf(String personKey, Runnable afterBatch) {
            deletedViewsOf.add(personKey);
            for (int i = 0; i < batchesToRun; i++) {
                afterBatch.run();
            }
            return packetViews;
        }

        @Override
        public PersonalDataRecords recordsOf(String userKey) {
            throw new UnsupportedOperationException("not used by the handlers");
        }

        @Override
        public void recordExport(DataExportRecord export) {
            throw new UnsupportedOperationException("not used by the handlers");
        }

        @Override
        public int batchSize() {
            return 200;
        }
    }
}
