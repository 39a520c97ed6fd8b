package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.UserKeyColumns.Column;
import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.ChangeFieldEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.ao.entity.DataExportEntity;
import com.gluework.ao.entity.PacketViewEntity;
import com.gluework.ao.entity.WeeklyNoteEntity;
import com.gluework.core.career.PacketView;
import com.gluework.core.career.ReviewPeriod;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.FieldChange;
import com.gluework.core.privacy.ContributionInvolvement;
import com.gluework.core.privacy.ContributionInvolvement.Role;
import com.gluework.core.privacy.CorroborationRecord;
import com.gluework.core.privacy.DataExportRecord;
import com.gluework.core.privacy.PersonalDataRecords;
import com.gluework.core.privacy.PersonalDataCount;
import com.gluework.core.privacy.PersonalDataStore;
import com.gluework.core.privacy.UserKeyChange;
import jakarta.inject.Inject;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Glue Work's personal data in Active Objects, driven by {@link UserKeyColumns}: counting and rewriting visit exactly
 * the columns registered there.
 * <p>
 * Rows are changed in batches of {@link #batchSize()} by id (keyset, never an offset), one transaction per batch. Where
 * a key sits inside a longer value (a history entry's unique key, a beneficiary list) the database only pre-selects
 * with {@code LIKE ... ESCAPE '\'} and {@link UserKeyChange} decides, so {@code bob} never matches {@code bobby}.
 */
public final class AoPersonalDataStore implements PersonalDataStore {
    static final int BATCH_SIZE = 200;
    private static final String ESCAPE = " ESCAPE '\\'";

    private final ActiveObjects ao;
    private final int batchSize;

    @Inject
    public AoPersonalDataStore(ActiveObjects ao) {
        this(ao, BATCH_SIZE);
    }

    /** @param batchSize rows per transaction; small in tests, to cross batch boundaries */
    AoPersonalDataStore(ActiveObjects ao, int batchSize) {
        this.ao = ao;
        this.batchSize = batchSize;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public List<PersonalDataCount> rowsNaming(String userKey) {
        // a target no stored value can equal: whatever it would change names the user
        UserKeyChange probe = new UserKeyChange(userKey, userKey + "\u0000");
        Map<String, long[]> byTable = new LinkedHashMap<>();
        for (Column column : UserKeyColumns.USER_KEYS) {
            long values = count(column, probe);
            long[] sums = byTable.computeIfAbsent(column.table(), t -> new long[2]);
            sums[0] += values;
            // a column rewritten with its row's key column takes no batches of its own
            sums[1] += column.form() == UserKeyColumns.Form.CORROBORATION_KEY
                    || column.form() == UserKeyColumns.Form.NOTE_WEEK_KEY || values == 0 ? 0
                    : PersonalDataStore.batches(values, batchSize);
        }
        List<PersonalDataCount> counts = new ArrayList<>();
        byTable.forEach((table, sums) -> {
            if (sums[0] > 0) {
                counts.add(new PersonalDataCount(table, sums[0], (int) sums[1]));
            }
        });
        return counts;
    }

    @Override
    public long changeUserKey(UserKeyChange change, Runnable afterBatch) {
        long changed = 0;
        for (Column column : UserKeyColumns.USER_KEYS) {
            changed += switch (column.form()) {
                case EXACT -> column.entity() == CorroborationEntity.class
                        ? inBatches(CorroborationEntity.class, "CORROBORATOR_KEY = ?", new Object[]{change.original()}, row -> {
                            row.setCorroboratorKey(change.target());
                            row.setContributionCorroborator(change.corroborationKey(row.getContributionCorroborator()));
                            return 1;
                        }, afterBatch)
                        : column.entity() == WeeklyNoteEntity.class
                        ? inBatches(WeeklyNoteEntity.class, "PERSON_KEY = ?", new Object[]{change.original()}, row -> {
                            row.setPersonKey(change.target());
                            row.setPersonWeek(row.getIsoWeek() + ":" + change.target());
                            return 1;
                        }, afterBatch)
                        : inBatches(entity(column), column.name() + " = ?", new Object[]{change.original()},
                        row -> set(row, column, change.target()), afterBatch);
                case CORROBORATION_KEY -> 0; // rewritten with CORROBORATOR_KEY, in the same row update
                case NOTE_WEEK_KEY -> 0; // rewritten with PERSON_KEY, in the same row update
                case CHANGE_KEY -> inBatches(entity(column), column.name() + " LIKE ?" + ESCAPE,
                        new Object[]{UserKeyChange.likeEndingWith(change.changeKeySuffix())}, row -> {
                            String stored = get(row, column);
                            String rewritten = change.changeKey(stored);
                            return stored.equals(rewritten) ? 0 : set(row, column, rewritten);
                        }, afterBatch);
                case HISTORY_VALUE -> inBatches(ChangeFieldEntity.class, historyCondition(column),
                        historyParameters(change), row -> {
                            String stored = get(row, column);
                            return change.inHistoryValue(row.getFieldName(), stored)
                                    ? set(row, column, change.historyValue(row.getFieldName(), stored)) : 0;
                        }, afterBatch);
            };
        }
        return changed;
    }

    @Override
    public long packetViewsOf(String personKey) {
        return ao.count(PacketViewEntity.class, "PERSON_KEY = ?", personKey);
    }

    @Override
    public long deletePacketViewsOf(String personKey, Runnable afterBatch) {
        long deleted = 0;
        while (true) {
            int batch = ao.executeInTransaction(() -> {
                PacketViewEntity[] rows = ao.find(PacketViewEntity.class,
                        Query.select().where("PERSON_KEY = ?", personKey).order("ID ASC").limit(batchSize));
                if (rows.length > 0) {
                    ao.delete(rows);
                }
                return rows.length;
            });
            if (batch == 0) {
                return deleted;
            }
            deleted += batch;
            afterBatch.run();
            if (batch < batchSize) {
                return deleted;
            }
        }
    }

    @Override
    public PersonalDataRecords recordsOf(String userKey) {
        return new PersonalDataRecords(contributionsNaming(userKey), corroborationsBy(userKey), historyBy(userKey),
                new AoPacketAuditLog(ao).viewsOf(userKey), packetViewsBy(userKey), exportsOf(userKey));
    }

    @Override
    public void recordExport(DataExportRecord export) {
        ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("PERSON_KEY", export.personKey());
            row.put("EXPORTER_KEY", export.exporterKey());
            row.put("EXPORTED_AT_MILLIS", export.exportedAt().toEpochMilli());
            return ao.create(DataExportEntity.class, row);
        });
    }

    /**
     * Contributions naming the person, oldest first. One {@code findById} per contribution: an export is a rare,
     * one-person request, and this reuses the repository's reading of a contribution exactly.
     */
    private List<ContributionInvolvement> contributionsNaming(String userKey) {
        Map<Integer, EnumSet<Role>> roles = new TreeMap<>();
        for (ContributionEntity row : ao.find(ContributionEntity.class,
                Query.select().where("CONTRIBUTOR_KEY = ? OR RECORDED_BY_KEY = ?", userKey, userKey))) {
            EnumSet<Role> of = roles.computeIfAbsent(row.getID(), id -> EnumSet.noneOf(Role.class));
            if (userKey.equals(row.getContributorKey())) {
                of.add(Role.CONTRIBUTOR);
            }
            if (userKey.equals(row.getRecordedByKey())) {
                of.add(Role.RECORDED_BY);
            }
        }
        for (BeneficiaryEntity row : ao.find(BeneficiaryEntity.class, Query.select().where("BENEFICIARY_KEY = ?", userKey))) {
            roles.computeIfAbsent(row.getContributionId(), id -> EnumSet.noneOf(Role.class))
                    .add(row.getRemovedAtMillis() == null ? Role.BENEFICIARY : Role.FORMER_BENEFICIARY);
        }
        AoContributionRepository contributions = new AoContributionRepository(ao);
        List<ContributionInvolvement> found = new ArrayList<>();
        roles.forEach((id, of) -> {
            if (of.contains(Role.BENEFICIARY)) {
                of.remove(Role.FORMER_BENEFICIARY); // removed once, named again later: helped now
            }
            contributions.findById(id).ifPresent(c -> found.add(new ContributionInvolvement(c, of)));
        });
        found.sort(Comparator.comparing((ContributionInvolvement i) -> i.contribution().createdAt())
                .thenComparingLong(i -> i.contribution().id()));
        return found;
    }

    private List<CorroborationRecord> corroborationsBy(String userKey) {
        return Arrays.stream(ao.find(CorroborationEntity.class, Query.select().where("CORROBORATOR_KEY = ?", userKey)
                        .order("CREATED_AT_MILLIS ASC, ID ASC")))
                .map(row -> new CorroborationRecord(row.getContributionId(), row.getCorroboratorKey(),
                        row.getNote() == null ? "" : row.getNote(), Instant.ofEpochMilli(row.getCreatedAtMillis()),
                        row.getWithdrawnAtMillis() == null ? null : Instant.ofEpochMilli(row.getWithdrawnAtMillis())))
                .toList();
    }

    private List<ContributionChange> historyBy(String userKey) {
        ChangeEntity[] changes = ao.find(ChangeEntity.class, Query.select().where("ACTOR_KEY = ?", userKey)
                .order("CHANGED_AT_MILLIS ASC, ID ASC"));
        List<Integer> ids = Arrays.stream(changes).map(ChangeEntity::getID).toList();
        Map<Integer, List<FieldChange>> fields = new HashMap<>();
        for (int from = 0; from < ids.size(); from += AoContributionRepository.IN_CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + AoContributionRepository.IN_CHUNK));
            for (ChangeFieldEntity field : ao.find(ChangeFieldEntity.class, Query.select()
                    .where("CHANGE_ID IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray())
                    .order("CHANGE_ID ASC, LIST_INDEX ASC"))) {
                fields.computeIfAbsent(field.getChangeId(), k -> new ArrayList<>()).add(new FieldChange(
                        field.getFieldName(), field.getBeforeText(), field.getAfterText()));
            }
        }
        return Arrays.stream(changes)
                .map(c -> new ContributionChange(c.getID(), c.getContributionId(), c.getActorKey(),
                        Instant.ofEpochMilli(c.getChangedAtMillis()), ChangeKind.valueOf(c.getChangeKind()),
                        fields.getOrDefault(c.getID(), List.of())))
                .toList();
    }

    private List<PacketView> packetViewsBy(String userKey) {
        return Arrays.stream(ao.find(PacketViewEntity.class, Query.select().where("VIEWER_KEY = ?", userKey)
                        .order("VIEWED_AT_MILLIS DESC, ID DESC")))
                .map(row -> new PacketView(row.getViewerKey(), row.getPersonKey(),
                        new ReviewPeriod(LocalDate.parse(row.getPeriodFrom()), LocalDate.parse(row.getPeriodTo())),
                        Instant.ofEpochMilli(row.getViewedAtMillis())))
                .toList();
    }

    private List<DataExportRecord> exportsOf(String userKey) {
        return Arrays.stream(ao.find(DataExportEntity.class, Query.select().where("PERSON_KEY = ?", userKey)
                        .order("EXPORTED_AT_MILLIS DESC, ID DESC")))
                .map(row -> new DataExportRecord(row.getExporterKey(), row.getPersonKey(),
                        Instant.ofEpochMilli(row.getExportedAtMillis())))
                .toList();
    }

    /** Values in this column equal to {@code probe}'s original key; {@code probe}'s target is never stored. */
    private long count(Column column, UserKeyChange probe) {
        return switch (column.form()) {
            case EXACT -> ao.count(entity(column), column.name() + " = ?", probe.original());
            case CORROBORATION_KEY -> 0; // the same rows as CORROBORATOR_KEY: counted once
            case NOTE_WEEK_KEY -> 0; // the same rows as the note's PERSON_KEY: counted once
            case CHANGE_KEY -> Arrays.stream(ao.find(entity(column), Query.select()
                            .where(column.name() + " LIKE ?" + ESCAPE, UserKeyChange.likeEndingWith(probe.changeKeySuffix()))))
                    .filter(row -> !probe.changeKey(get(row, column)).equals(get(row, column)))
                    .count();
            case HISTORY_VALUE -> Arrays.stream(ao.find(ChangeFieldEntity.class,
                            Query.select().where(historyCondition(column), historyParameters(probe))))
                    .filter(row -> probe.inHistoryValue(row.getFieldName(), get(row, column)))
                    .count();
        };
    }

    // ------------------------------------------------------------------ helpers

    private static String historyCondition(Column column) {
        return "FIELD_NAME IN (" + String.join(",", Collections.nCopies(UserKeyChange.FIELDS_HOLDING_USER_KEYS.size(), "?"))
                + ") AND "
                + column.name() + " LIKE ?" + ESCAPE;
    }

    private static Object[] historyParameters(UserKeyChange change) {
        List<Object> parameters = new ArrayList<>(UserKeyChange.FIELDS_HOLDING_USER_KEYS.stream().sorted().toList());
        parameters.add(UserKeyChange.likeContaining(change.original()));
        return parameters.toArray();
    }

    /**
     * Applies {@code change} to the rows matching {@code condition}, {@link #batchSize} rows per transaction, in id
     * order; {@code change} returns how many values it changed in its row (and has not saved it).
     */
    private <T extends Entity> long inBatches(Class<T> type, String condition, Object[] parameters,
                                              ToIntFunction<T> change, Runnable afterBatch) {
        long changed = 0;
        int lastId = 0;
        while (true) {
            int from = lastId;
            Object[] withId = Arrays.copyOf(parameters, parameters.length + 1);
            withId[parameters.length] = from;
            int[] batch = ao.executeInTransaction(() -> {
                T[] rows = ao.find(type, Query.select().where("(" + condition + ") AND ID > ?", withId)
                        .order("ID ASC").limit(batchSize));
                int values = 0;
                for (T row : rows) {
                    int n = change.applyAsInt(row);
                    if (n > 0) {
                        row.save();
                        values += n;
                    }
                }
                return new int[]{rows.length, rows.length == 0 ? from : rows[rows.length - 1].getID(), values};
            });
            if (batch[0] == 0) {
                return changed;
            }
            changed += batch[2];
            lastId = batch[1];
            afterBatch.run();
            if (batch[0] < batchSize) {
                return changed;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Entity> entity(Column column) {
        return (Class<? extends Entity>) column.entity();
    }

    private static String get(Entity row, Column column) {
        return (String) invoke(row, accessor(column, "get"));
    }

    private static int set(Entity row, Column column, String value) {
        invoke(row, accessor(column, "set"), value);
        return 1;
    }

    /** The entity interface's getter or setter of a column: {@code CONTRIBUTOR_KEY} is {@code getContributorKey}. */
    static Method accessor(Column column, String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (String part : column.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        try {
            return prefix.equals("get") ? column.entity().getMethod(name.toString())
                    : column.entity().getMethod(name.toString(), String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(column.entity().getSimpleName() + " has no " + name + " for " + column.name(), e);
        }
    }

    private static Object invoke(Entity row, Method method, Object... arguments) {
        try {
            return method.invoke(row, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
