package com.gluework.preview.confluence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The preview's Confluence space "Payments Platform" (key PAY): the demo story's pages, read from the classpath. */
public final class WikiSpace {
    public static final String KEY = "PAY";
    public static final String NAME = "Payments Platform";
    /** The page rendered as on a Confluence without any Jira application link (the macro's "no Jira link" message). */
    public static final String WITHOUT_JIRA_LINK = "confluence-without-jira";

    private final List<WikiPage> pages;

    private WikiSpace(List<WikiPage> pages) {
        this.pages = List.copyOf(pages);
    }

    public static WikiSpace demo() {
        return new WikiSpace(List.of(
                page("sprint-3-review", "Sprint 3 review", "alice", List.of("bob"), List.of("sprint-review")),
                page("payments-alerting-runbook", "Payments alerting runbook", "dave", List.of("frank", "carol"),
                        List.of("runbook", "payments")),
                page("macro-failure-modes", "Glue sprint summary: failure modes", "alice", List.of(),
                        List.of("gluework-preview")),
                page(WITHOUT_JIRA_LINK, "Glue sprint summary: no Jira link", "alice", List.of(),
                        List.of("gluework-preview"))));
    }

    public List<WikiPage> pages() {
        return pages;
    }

    public Optional<WikiPage> page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    private static WikiPage page(String slug, String title, String creator, List<String> editors, List<String> labels) {
        String resource = "confluence/" + slug + ".xml";
        try (InputStream in = WikiSpace.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new WikiPage(slug, title, creator, editors, labels, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
