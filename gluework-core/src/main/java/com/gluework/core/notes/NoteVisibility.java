package com.gluework.core.notes;

/** Who besides the person may read a weekly note. */
public enum NoteVisibility {
    /** Every logged-in colleague, like team glue not tied to an issue. */
    TEAM,
    /** Only the person and their leads (the people who may open the person's evidence packet). */
    PRIVATE
}
