package com.gluework.core.privacy;

import com.gluework.core.model.FieldChange;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One user key replaced by another, and how each kind of stored value that can hold a user key follows it. Only
 * whole keys are replaced: {@code bob} inside {@code bobby} or inside a summary is not a key.
 *
 * @param original the key stored today
 * @param target   the key to store instead (Jira's anonymized key, or the new key of a renamed user)
 */
public record UserKeyChange(String original, String target) {
    /** History fields whose values are user keys; the other fields hold categories, dates, links or free text. */
    public static final Set<String> FIELDS_HOLDING_USER_KEYS = Set.of(FieldChange.CONTRIBUTOR, FieldChange.CORROBORATOR,
            FieldChange.BENEFICIARIES);
    /** The marker between a version key and the withdrawn corroborator's key in a history entry's unique key. */
    private static final String WITHDRAWN_MARKER = ":w:";

    public UserKeyChange {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(target, "target");
        if (original.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("A user key is never empty");
        }
    }

    /** A column that holds exactly one user key. */
    public String exact(String stored) {
        return original.equals(stored) ? target : stored;
    }

    /** The value of a history field: a user key, a list of them, or (other fields) something that is not a key. */
    public String historyValue(String field, String stored) {
        if (stored == null || !FIELDS_HOLDING_USER_KEYS.contains(field)) {
            return stored;
        }
        if (FieldChange.BENEFICIARIES.equals(field)) {
            return Arrays.stream(stored.split(FieldChange.LIST_SEPARATOR, -1)).map(this::exact)
                    .collect(Collectors.joining(FieldChange.LIST_SEPARATOR));
        }
        return exact(stored);
    }

    /** Does this history value hold the original key? */
    public boolean inHistoryValue(String field, String stored) {
        return stored != null && !Objects.equals(historyValue(field, stored), stored);
    }

    /**
     * A corroboration's unique {@code <contributionId>:<userKey>}. The id is digits, so the first colon ends it and a
     * key that itself contains colons is still matched whole.
     */
    public String corroborationKey(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0 || !stored.substring(colon + 1).equals(original)) {
            return stored;
        }
        return stored.substring(0, colon + 1) + target;
    }

    /**
     * A history entry's unique key: {@code <id>:v<n>} for most entries, {@code <id>:v<n>:w:<userKey>} for a
     * corroboration an edit withdrew (the only form that holds a user key). The version part has no colon after
     * {@code v<n>}, so the first {@value #WITHDRAWN_MARKER} after it starts the key.
     */
    public String changeKey(String stored) {
        int marker = stored.indexOf(WITHDRAWN_MARKER);
        if (marker < 0 || !stored.substring(marker + WITHDRAWN_MARKER.length()).equals(original)) {
            return stored;
        }
        return stored.substring(0, marker + WITHDRAWN_MARKER.length()) + target;
    }

    /** The suffix a history entry's unique key ends with when it names the original key. */
    public String changeKeySuffix() {
        return WITHDRAWN_MARKER + original;
    }

    /**
     * A SQL {@code LIKE} pattern, to be used with {@code ESCAPE '\'}, matching any text that contains {@code text}
     * literally: {@code %}, {@code _} and the escape character in a key are escaped, so they match only themselves.
     */
    public static String likeContaining(String text) {
        return "%" + escapeLike(text) + "%";
    }

    /** As {@link #likeContaining}, for text that ends with {@code text}. */
    public static String likeEndingWith(String text) {
        return "%" + escapeLike(text);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
