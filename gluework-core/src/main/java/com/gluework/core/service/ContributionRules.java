package com.gluework.core.service;

import com.gluework.core.model.Category;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.model.FieldError;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Field-level validation of a contribution draft. Pure: the caller supplies what the category and user lookups
 * answered, and gets back every problem at once so a form can show them all.
 */
public final class ContributionRules {
    public static final int MAX_SUMMARY = 255;
    public static final int MAX_IMPACT = 2000;
    public static final int MAX_EVIDENCE_LINKS = 5;
    public static final int MAX_LINK_LENGTH = 2000;
    public static final int MAX_BENEFICIARIES = 20;
    public static final int MAX_NOTE = 1000;
    /** Glue is dated in the years people work and databases store; a sign or a fifth digit is a typo or an attack. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https");

    private ContributionRules() {
    }

    /**
     * @param today        today's date where the host runs (the service's clock, in its zone): glue is recorded once
     *                     it happened, so a later date is refused
     * @param findCategory looks a category up by key
     * @param userExists   says whether a user key is known to the host
     */
    public static List<FieldError> validate(ContributionDraft draft, LocalDate today,
                                            Function<String, Optional<Category>> findCategory,
                                            Function<String, Boolean> userExists) {
        List<FieldError> errors = new ArrayList<>();
        checkCategory(draft.categoryKey(), findCategory, errors);
        checkSummary(draft.summary(), errors);
        checkLength("impact", draft.impact(), MAX_IMPACT, "The effect", errors);
        checkDate(draft.occurredOn(), today, errors);
        if (draft.contributorKey() != null && !userExists.apply(draft.contributorKey())) {
            errors.add(new FieldError("contributorKey", "There is no user with key \"" + draft.contributorKey() + "\"."));
        }
        checkBeneficiaries(draft.beneficiaryKeys(), userExists, errors);
        checkEvidenceLinks(draft.evidenceLinks(), errors);
        return errors;
    }

    private static void checkDate(LocalDate occurredOn, LocalDate today, List<FieldError> errors) {
        if (occurredOn == null) {
            return;
        }
        if (occurredOn.getYear() < MIN_YEAR || occurredOn.getYear() > MAX_YEAR) {
            errors.add(new FieldError("occurredOn", "Give a year from " + MIN_YEAR + " to " + MAX_YEAR + "."));
        } else if (occurredOn.isAfter(today)) {
            errors.add(new FieldError("occurredOn", "The date can't be in the future."));
        }
    }

    /** A corroboration note is optional but bounded. */
    public static List<FieldError> validateNote(String note) {
        List<FieldError> errors = new ArrayList<>();
        checkLength("note", note, MAX_NOTE, "The note", errors);
        return errors;
    }

    /** Parses an evidence link, accepting only absolute http(s) URLs with a host — never javascript:, data: or relative links. */
    public static Optional<URI> parseEvidenceLink(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LINK_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * {@link #parseEvidenceLink} of a link as a store gives it back, already a {@link URI}: the same answer without
     * parsing its text again. WHY: the panel re-checks every stored link on every render (the store may hold anything),
     * and parsing was ~7% of a render's CPU (issue 13). Parsing {@code link.toString()} again gives the same scheme and
     * host as {@code link}, since a URI's string is the text it was parsed from, and that text holds no white space to
     * strip (a URI cannot); so only the checks are repeated here. {@code ContributionRulesTest} compares the two on
     * hostile inputs.
     */
    public static Optional<URI> checkEvidenceLink(URI link) {
        if (link == null) {
            return Optional.empty();
        }
        String text = link.toString();
        if (text.isBlank() || text.length() > MAX_LINK_LENGTH) {
            return Optional.empty();
        }
        String scheme = link.getScheme();
        if (scheme == null || !LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) || link.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(link);
    }

    private static void checkCategory(String key, Function<String, Optional<Category>> findCategory, List<FieldError> errors) {
        if (key == null || key.isBlank()) {
            errors.add(new FieldError("categoryKey", "Choose a category."));
            return;
        }
        Optional<Category> category = findCategory.apply(key);
        if (category.isEmpty() || !category.get().active()) {
            errors.add(new FieldError("categoryKey", "There is no active category \"" + key + "\"."));
        }
    }

    private static void checkSummary(String summary, List<FieldError> errors) {
        if (summary == null || summary.isBlank()) {
            errors.add(new FieldError("summary", "Say what was done."));
            return;
        }
        checkLength("summary", summary, MAX_SUMMARY, "What was done", errors);
    }

    private static void checkLength(String field, String value, int max, String label, List<FieldError> errors) {
        // Count code points, not UTF-16 units, so an emoji counts as one character as the user sees it.
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, label + " must be at most " + max + " characters."));
        }
    }

    private static void checkBeneficiaries(List<String> keys, Function<String, Boolean> userExists, List<FieldError> errors) {
        if (keys.size() > MAX_BENEFICIARIES) {
            errors.add(new FieldError("beneficiaryKeys", "Name at most " + MAX_BENEFICIARIES + " beneficiaries."));
            return;
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null || !userExists.apply(key)) {
                errors.add(new FieldError("beneficiaryKeys[" + i + "]", "There is no user with key \"" + key + "\"."));
            }
        }
    }

    private static void checkEvidenceLinks(List<String> links, List<FieldError> errors) {
        if (links.size() > MAX_EVIDENCE_LINKS) {
            errors.add(new FieldError("evidenceLinks", "Add at most " + MAX_EVIDENCE_LINKS + " evidence links."));
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            if (parseEvidenceLink(links.get(i)).isEmpty()) {
                errors.add(new FieldError("evidenceLinks[" + i + "]",
                        "Evidence links must be complete http:// or https:// addresses."));
            }
        }
    }
}
