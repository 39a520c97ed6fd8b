package com.gluework.ao;

import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.ChangeFieldEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.ao.entity.DataExportEntity;
import com.gluework.ao.entity.DefinitionChangeEntity;
import com.gluework.ao.entity.NoteRevisionEntity;
import com.gluework.ao.entity.PacketViewEntity;
import com.gluework.ao.entity.ProjectPrivacyEntity;
import com.gluework.ao.entity.RubricDimensionEntity;
import com.gluework.ao.entity.SettingEntity;
import com.gluework.ao.entity.SuggestionDismissalEntity;
import com.gluework.ao.entity.WeeklyNoteEntity;
import net.java.ao.RawEntity;

import java.util.List;

/**
 * Every AO entity Glue Work stores. The {@code <ao>} module of each plugin descriptor must list exactly these (a
 * descriptor check compares them), and hosts that migrate by hand (the preview, tests) migrate exactly these.
 */
public final class GlueWorkEntities {
    /** The {@code <ao namespace>}; AO derives the {@code AO_xxxxxx_} table prefix from it. */
    public static final String NAMESPACE = "com.gluework";

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            ContributionEntity.class,
            BeneficiaryEntity.class,
            CorroborationEntity.class,
            CategoryEntity.class,
            ChangeEntity.class,
            ChangeFieldEntity.class,
            PacketViewEntity.class,
            WeeklyNoteEntity.class,
            NoteRevisionEntity.class,
            RubricDimensionEntity.class,
            SettingEntity.class,
            DefinitionChangeEntity.class,
            SuggestionDismissalEntity.class,
            DataExportEntity.class,
            ProjectPrivacyEntity.class);

    private GlueWorkEntities() {
    }

    /** {@link #ALL} in the varargs form {@code ActiveObjects.migrate(...)} takes. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array cannot be created without a raw type
    public static Class<? extends RawEntity<?>>[] array() {
        return ALL.toArray(new Class[0]);
    }
}
