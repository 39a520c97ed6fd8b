package com.gluework.confluence.page;

import com.gluework.web.rest.dto.ContributionDto;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Pure rules for pages as glue: when to suggest recording one, and how the glue credited to it reads. */
public final class PageGlue {
    /** Labels of pages that are glue by nature: somebody wrote them for the team, not for a ticket. */
    public static final Set<String> GLUE_LABELS = Set.of("runbook", "post-mortem", "onboarding");
    /** The category the page action proposes ("Docs & runbooks"). */
    public static final String DEFAULT_CATEGORY = "documentation";

    private PageGlue() {
    }

    /** Whether the page's labels make it worth a quiet "record this as glue" suggestion (case-insensitive). */
    public static boolean suggestsRecording(List<String> labels) {
        return labels.stream().map(l -> l.toLowerCase(Locale.ROOT)).anyMatch(GLUE_LABELS::contains);
    }

    /**
     * "Credited: Dave Kowalski — docs &amp; runbooks, corroborated by 2; Carol — …" (plain text, escaped where shown);
     * empty when nothing is credited.
     */
    public static String creditedLine(List<ContributionDto> credited) {
        if (credited.isEmpty()) {
            return "";
        }
        return "Credited: " + credited.stream().map(PageGlue::credit).collect(Collectors.joining("; "));
    }

    private static String credit(ContributionDto c) {
        int corroborations = c.corroborations() == null ? 0 : c.corroborations().size();
        return c.contributor().displayName() + " \u2014 " + c.category().name().toLowerCase(Locale.ROOT)
                + (corroborations > 0 ? ", corroborated by " + corroborations : "");
    }
}
