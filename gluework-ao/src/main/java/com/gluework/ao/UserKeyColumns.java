package com.gluework.ao;

import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.ChangeFieldEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.ao.entity.DataExportEntity;
import com.gluework.ao.entity.PacketViewEntity;
import com.gluework.ao.entity.SuggestionDismissalEntity;
import com.gluework.ao.entity.DefinitionChangeEntity;
import com.gluework.ao.entity.SettingEntity;
import com.gluework.ao.entity.RubricDimensionEntity;
import com.gluework.ao.entity.NoteRevisionEntity;
import com.gluework.ao.entity.WeeklyNoteEntity;
import com.gluework.ao.entity.ProjectPrivacyEntity;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every text column of every Glue Work table, classified: which hold user keys (and in what form), and which do not.
 * {@link AoPersonalDataStore} rewrites exactly the user-key columns listed here; a test checks this registry against
 * {@link GlueWorkEntities#ALL}, so a new table or column cannot be added without deciding whether it holds personal
 * data.
 */
public final class UserKeyColumns {

    /** How a column holds user keys. */
    public enum Form {
        /** The whole value is one user key. */
        EXACT,
        /** {@code <contributionId>:<userKey>}, rewritten together with its row's {@code CORROBORATOR_KEY}. */
        CORROBORATION_KEY,
        /** {@code <isoWeek>:<userKey>}, rewritten together with its row's {@code PERSON_KEY} (weekly notes). */
        NOTE_WEEK_KEY,
        /** A history entry's unique key; only {@code <id>:v<n>:w:<userKey>} holds a user key. */
        CHANGE_KEY,
        /** A history value: a user key or a list of them when the row's {@code FIELD_NAME} says so, else not a key. */
        HISTORY_VALUE
    }

    /**
     * One column that holds user keys.
     *
     * @param table  the logical table name reported to admins ({@code contributions}, {@code history}, ...)
     */
    public record Column(String table, Class<? extends RawEntity<?>> entity, String name, Form form) {
    }

    /** The user-key columns, in the order they are counted and rewritten. */
    public static final List<Column> USER_KEYS = List.of(
            new Column("contributions", ContributionEntity.class, "CONTRIBUTOR_KEY", Form.EXACT),
            new Column("contributions", ContributionEntity.class, "RECORDED_BY_KEY", Form.EXACT),
            new Column("beneficiaries", BeneficiaryEntity.class, "BENEFICIARY_KEY", Form.EXACT),
            new Column("corroborations", CorroborationEntity.class, "CORROBORATOR_KEY", Form.EXACT),
            new Column("corroborations", CorroborationEntity.class, "CONTRIBUTION_CORROBORATOR", Form.CORROBORATION_KEY),
            new Column("history", ChangeEntity.class, "ACTOR_KEY", Form.EXACT),
            new Column("history", ChangeEntity.class, "CHANGE_KEY", Form.CHANGE_KEY),
            new Column("historyValues", ChangeFieldEntity.class, "BEFORE_TEXT", Form.HISTORY_VALUE),
            new Column("historyValues", ChangeFieldEntity.class, "AFTER_TEXT", Form.HISTORY_VALUE),
            new Column("packetViews", PacketViewEntity.class, "PERSON_KEY", Form.EXACT),
            new Column("packetViews", PacketViewEntity.class, "VIEWER_KEY", Form.EXACT),
            new Column("dataExports", DataExportEntity.class, "PERSON_KEY", Form.EXACT),
            new Column("dataExports", DataExportEntity.class, "EXPORTER_KEY", Form.EXACT),
            new Column("projectSettings", ProjectPrivacyEntity.class, "CHANGED_BY_KEY", Form.EXACT),
            new Column("weeklyNotes", WeeklyNoteEntity.class, "PERSON_KEY", Form.EXACT),
            new Column("weeklyNotes", WeeklyNoteEntity.class, "PERSON_WEEK", Form.NOTE_WEEK_KEY),
            new Column("definitionChanges", DefinitionChangeEntity.class, "ACTOR_KEY", Form.EXACT),
            new Column("suggestionDismissals", SuggestionDismissalEntity.class, "DISMISSED_BY_KEY", Form.EXACT));

    /**
     * Text columns that hold no user key. Free text ({@code SUMMARY}, {@code IMPACT}, {@code NOTE}) may mention a
     * person by name; it is not rewritten (docs/decisions.md, issue 11) but it is in the personal data export. A weekly
     * note's bullets and their replaced revisions are the person's own words, kept with the note under its rewritten
     * key. A dismissal's {@code TRACE_ID} is a SHA-256 digest that includes the person's key: not reversible, so not
     * personal data in the clear, but after a key change the digest no longer matches, and a suggestion someone
     * dismissed may be offered once more.
     */
    public static final Map<Class<? extends RawEntity<?>>, Set<String>> NOT_USER_KEYS = Map.ofEntries(
            Map.entry(ContributionEntity.class, Set.of("CATEGORY_KEY", "ISSUE_KEY", "PROJECT_KEY", "OCCURRED_ON", "SUMMARY",
                    "IMPACT", "EVIDENCE_LINKS", "CONTRIB_STATE", "CONTRIB_SOURCE")),
            Map.entry(BeneficiaryEntity.class, Set.of()),
            Map.entry(CorroborationEntity.class, Set.of("NOTE")),
            Map.entry(CategoryEntity.class, Set.of("CATEGORY_KEY", "PROJECT_KEY", "DISPLAY_NAME", "DEFINITION", "EXAMPLES", "RUBRIC_DIMENSION")),
            Map.entry(ChangeEntity.class, Set.of("CHANGE_KIND")),
            Map.entry(ChangeFieldEntity.class, Set.of("FIELD_NAME")),
            Map.entry(PacketViewEntity.class, Set.of("PERIOD_FROM", "PERIOD_TO")),
            Map.entry(DataExportEntity.class, Set.of()),
            Map.entry(ProjectPrivacyEntity.class, Set.of("FIGURES_VISIBLE_TO")),
            Map.entry(WeeklyNoteEntity.class, Set.of("ISO_WEEK", "BULLET1", "BULLET2", "BULLET3", "VISIBILITY")),
            Map.entry(NoteRevisionEntity.class, Set.of("REVISION_KEY", "BULLET1", "BULLET2", "BULLET3", "VISIBILITY")),
            Map.entry(RubricDimensionEntity.class, Set.of("DIMENSION_NAME", "SENIOR_IC", "STAFF", "MANAGER")),
            Map.entry(SettingEntity.class, Set.of("SETTING_KEY", "SETTING_VALUE")),
            Map.entry(DefinitionChangeEntity.class, Set.of("CHANGE_KEY", "SUBJECT", "DETAIL")),
            Map.entry(SuggestionDismissalEntity.class, Set.of("TRACE_ID")));

    private UserKeyColumns() {
    }
}
