package com.gluework.core.privacy;

import java.util.List;

/**
 * The export's extension point: personal data kept outside the tables {@link PersonalDataStore} knows. A feature
 * that stores data about people in a table of its own (weekly notes, for one, on another branch) adds a section here
 * and registers its user-key columns in {@code com.gluework.ao.UserKeyColumns} so anonymization covers it too.
 */
public interface PersonalDataSection {

    /** The section's name in the export (a JSON field name, e.g. {@code weeklyNotes}). */
    String name();

    /** This person's records, as values a JSON writer can serialise (records, strings, numbers, lists). */
    List<?> recordsOf(String userKey);
}
