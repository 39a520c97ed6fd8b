package com.gluework.web.view;

import com.gluework.core.service.ContributionRules;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Stored evidence links as the report and the packet show them. */
final class EvidenceLinks {
    private EvidenceLinks() {
    }

    /** Each link re-checked, so only absolute http(s) URLs become an href, labelled by host and path. */
    static List<LinkView> views(List<URI> links) {
        return links.stream()
                .map(ContributionRules::checkEvidenceLink)
                .flatMap(Optional::stream)
                .map(uri -> new LinkView(uri.toString(), uri.getHost() + Optional.ofNullable(uri.getRawPath())
                        .filter(p -> !p.equals("/")).orElse("")))
                .toList();
    }
}
