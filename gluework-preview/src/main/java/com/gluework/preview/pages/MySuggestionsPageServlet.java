package com.gluework.preview.pages;

import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionRules;
import com.gluework.core.service.SuggestionService;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.SuggestionConfidence;
import com.gluework.web.view.CategoryNames;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /my-suggestions}: the viewer's open suggestions across projects, newest first — the page the issue asks for
 * while "My glue" does not exist (once it does, it should link here or show the same list from
 * {@code GET myself/suggestions}).
 */
public final class MySuggestionsPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final transient SuggestionService suggestions;
    private final transient CategoryRepository categories;
    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;
    private final transient ZoneId zone;

    public MySuggestionsPageServlet(SuggestionService suggestions, CategoryRepository categories, IssuePageViewFactory pages,
                                    ViewRenderer renderer, CurrentUser currentUser, ZoneId zone) {
        this.suggestions = suggestions;
        this.categories = categories;
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.zone = zone;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        try {
            if (viewer.isEmpty()) {
                throw new AuthenticationRequiredException("user",
                        "Pick who you are in the menu at the top right to see your suggestions. (Preview only: there are no real logins here.)");
            }
            CategoryNames names = CategoryNames.of(categories.findAll());
            List<MySuggestionsPageView.Item> items = suggestions.suggestionsOf(viewer).stream()
                    .map(s -> item(s, names)).toList();
            PageResponses.send(response, renderer, HttpServletResponse.SC_OK, MySuggestionsPageView.TEMPLATE,
                    new MySuggestionsPageView(pages.frame(viewer), items));
        } catch (GlueWorkException e) {
            PageResponses.send(response, renderer, e instanceof AuthenticationRequiredException
                            ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    MessagePageView.TEMPLATE, new MessagePageView(pages.frame(viewer), "My suggestions",
                            e.errors().isEmpty() ? "Your suggestions are not available." : e.errors().get(0).message()));
        }
    }

    private MySuggestionsPageView.Item item(GlueSuggestion s, CategoryNames names) {
        return new MySuggestionsPageView.Item(s.issue().key(), names.nameOf(s.categoryKey()), s.summary(),
                s.confidence().level() == SuggestionConfidence.Level.HIGH ? "Likely" : "Possible", s.confidence().reason(),
                WHEN.format(s.latestEvidenceAt().atZone(zone)),
                s.evidence().stream().map(e -> new MySuggestionsPageView.Trace(e.what(), WHEN.format(e.at().atZone(zone)),
                        e.linkToIt().map(URI::toString).flatMap(ContributionRules::parseEvidenceLink).map(URI::toString)
                                .orElse(""))).toList());
    }
}
