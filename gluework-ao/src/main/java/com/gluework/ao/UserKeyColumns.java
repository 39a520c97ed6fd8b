package com.gluework.ao;

import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.ChangeFieldEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.ao.entity.DataExportEntity;
import com.gluework.ao.entity.PacketViewEntity;
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
            new Column("projectSettings", ProjectPrivacyEntity.class, "CHANGED_BY_KEY", Form.EXACT));

    /**
     * Text columns that hold no user key. Free text ({@code SUMMARY}, {@code IMPACT}, {@code NOTE}) may mention a
     * person by name; it is not rewritten (docs/decisions.md, issue 11) but it is in the personal data export.
     */
    public static final Map<Class<? extends RawEntity<?>>, Set<String>> NOT_USER_KEYS = Map.of(
            ContributionEntity.class, Set.of("CATEGORY_KEY", "ISSUE_KEY", "PROJECT_KEY", "OCCURRED_ON", "SUMMARY",
                    "IMPACT", "EVIDENCE_LINKS", "CONTRIB_STATE", "CONTRIB_SOURCE"),
            BeneficiaryEntity.class, Set.of(),
            CorroborationEntity.class, Set.of("NOTE"),
            CategoryEntity.class, Set.of("CATEGORY_KEY", "DISPLAY_NAME", "DEFINITION", "EXAMPLES", "RUBRIC_DIMENSION"),
            ChangeEntity.class, Set.of("CHANGE_KIND"),
            ChangeFieldEntity.class, Set.of("FIELD_NAME"),
            PacketViewEntity.class, Set.of("PERIOD_FROM", "PERIOD_TO"),
            DataExportEntity.class, Set.of(),
            ProjectPrivacyEntity.class, Set.of("FIGURES_VISIBLE_TO"));

    private UserKeyColumns() {
    }
}
