package com.gluework.core.notes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person's glue note for one ISO week, as stored.
 *
 * @param bullets 1 to {@value WeeklyNoteRules#MAX_BULLETS} lines, in the order written
 * @param version raised by every save; a save based on an older version is refused (409), so two tabs or two
 *                devices cannot silently overwrite each other
 */
public record WeeklyNote(long id, String personKey, IsoWeek week, List<String> bullets, NoteVisibility visibility,
                         Instant createdAt, Instant updatedAt, int version) {
    public WeeklyNote {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        bullets = List.copyOf(bullets);
    }

    public boolean isPrivate() {
        return visibility == NoteVisibility.PRIVATE;
    }
}
