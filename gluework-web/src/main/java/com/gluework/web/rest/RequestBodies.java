package com.gluework.web.rest;

import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ContributionDraft;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Parsing shared by the resources: path ids and the contribution form's fields, with field errors for bad input. */
final class RequestBodies {
    private RequestBodies() {
    }

    /** An id as we write it: ASCII digits, no sign, no leading zero, within a {@code long}. */
    private static final Pattern CANONICAL_ID = Pattern.compile("[1-9][0-9]{0,18}");

    /** An address that cannot name a contribution names none: the same 404 as an unknown id. */
    static long contributionIdOf(String text) {
        return idOf(text, () -> new NotFoundException("contributionId",
                "Contribution " + text + " does not exist or you do not have permission to see it."));
    }

    static long sprintIdOf(String text) {
        return idOf(text, () -> new NotFoundException("sprintId", "Sprint " + text + " does not exist."));
    }

    static long boardIdOf(String text) {
        return idOf(text, () -> new NotFoundException("boardId", "Board " + text + " does not exist."));
    }

    /**
     * The id in a path, only in its canonical form: {@code 01}, {@code +1}, {@code 1e3} or fullwidth digits, which
     * {@link Long#parseLong} reads or would read as a real id, name nothing, so one resource has one address.
     */
    static long idOf(String text, Supplier<NotFoundException> notFound) {
        if (text == null || !CANONICAL_ID.matcher(text).matches()) {
            throw notFound.get();
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            throw notFound.get();
        }
    }

    static ContributionDraft draftOf(String categoryKey, String contributorKey, String summary, String impact,
                                     List<String> beneficiaryKeys, List<String> evidenceLinks, String occurredOn) {
        return new ContributionDraft(categoryKey, blankToNull(contributorKey), summary, impact, beneficiaryKeys,
                evidenceLinks, dateOf(occurredOn));
    }

    static int versionOf(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the contribution your change is based on.");
        }
        return version;
    }

    static InvalidInputException missingBody(String what) {
        return new InvalidInputException("body", "Send " + what + " as a JSON object.");
    }

    private static LocalDate dateOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("occurredOn", "Give the date as YYYY-MM-DD, for example 2026-11-25.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
