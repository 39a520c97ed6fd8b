package com.gluework.preview.pages;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.gluework.confluence.macro.SummaryProblemException;
import com.gluework.confluence.page.JiraGlueClient;
import com.gluework.confluence.page.PageGlue;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.preview.confluence.StorageFormat;
import com.gluework.preview.confluence.WikiPage;
import com.gluework.preview.confluence.WikiSpace;
import com.gluework.web.rest.dto.NewGlueDto;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preview's Confluence-like space under {@code /wiki}: {@code /wiki/spaces/PAY} lists the pages,
 * {@code /wiki/spaces/PAY/pages/{slug}} shows one with every Glue sprint summary rendered by the real macro class
 * ({@code ?output=pdf} renders it as Confluence's PDF export would: the macro's static version), the glue credited to
 * the page ("Credited: …", read from Jira), a quiet suggestion on pages labelled as glue, and the "Record as glue work"
 * page action, whose dialog posts back here and is recorded in Jira ({@code POST /contributions}) as the signed-in
 * user. {@code /wiki/authorise} stands for Jira's authorisation screen.
 */
public final class WikiPageServlet extends HttpServlet {
    public static final String MACRO_NAME = "glue-sprint-summary";
    private static final long serialVersionUID = 1L;
    private static final String SPACE_PATH = "/spaces/" + WikiSpace.KEY;
    private static final String PAGES_PATH = SPACE_PATH + "/pages/";

    private final transient WikiSpace space;
    private final transient Macro summaryMacro;
    private final transient Macro summaryMacroWithoutLinks;
    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;
    private final transient PeopleDirectory people;
    private final transient ApplicationLink jira;
    private final transient JiraGlueClient glue;
    private final URI previewUrl;

    /**
     * @param jira       the Jira link pages read and record glue through (the preview itself), as the signed-in user
     * @param previewUrl this preview's address: pages are credited by their absolute address
     */
    /** @param summaryMacroWithoutLinks the macro as on a Confluence with no Jira link, for {@link WikiSpace#WITHOUT_JIRA_LINK} */
    public WikiPageServlet(WikiSpace space, Macro summaryMacro, Macro summaryMacroWithoutLinks, IssuePageViewFactory pages,
                           ViewRenderer renderer, CurrentUser currentUser, PeopleDirectory people, ApplicationLink jira,
                           URI previewUrl) {
        this.summaryMacroWithoutLinks = summaryMacroWithoutLinks;
        this.jira = jira;
        this.glue = new JiraGlueClient();
        this.previewUrl = previewUrl;
        this.space = space;
        this.summaryMacro = summaryMacro;
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.people = people;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<String> viewer = currentUser.key();
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect("/wiki" + SPACE_PATH);
        } else if (path.equals("/authorise")) {
            PageResponses.send(response, renderer, 200, MessagePageView.TEMPLATE, new MessagePageView(pages.frame(viewer),
                    "Authorise Confluence in Jira", "In a real Confluence this is Jira's screen where you let Confluence read"
                    + " Jira as you (OAuth). The preview's own link needs no authorisation."));
        } else if (path.equals(SPACE_PATH)) {
            StringBuilder list = new StringBuilder("<ul class=\"preview-wiki-pages\">");
            for (WikiPage page : space.pages()) {
                list.append("<li><a href=\"/wiki").append(PAGES_PATH).append(page.slug()).append("\">")
                        .append(escape(page.title())).append("</a></li>");
            }
            list.append("</ul>");
            PageResponses.send(response, renderer, 200, WikiPageView.TEMPLATE, new WikiPageView(pages.frame(viewer),
                    WikiSpace.NAME, WikiSpace.NAME, "", List.of(), list.toString(), ""));
        } else if (page(path).isPresent()) {
            WikiPage page = page(path).orElseThrow();
            boolean recorded = request.getParameter("recorded") != null;
            sendPage(request, response, page, emptyForm(page, false),
                    recorded ? "Recorded as glue work in " + jira.getName() + "." : "", recorded ? "success" : "");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * The dialog's submit: one contribution per person credited, with the page's address as evidence, posted to
     * Jira's {@code POST /contributions} as the signed-in user. Same-origin form posts only (the XSRF rule of the
     * preview's REST API: the Origin must be this preview).
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WikiPage> found = page(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || !origin.equals(previewUrl.getScheme() + "://" + previewUrl.getAuthority())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site form posts are refused.");
            return;
        }
        WikiPage page = found.get();
        String category = value(request, "categoryKey");
        String issueKey = value(request, "issueKey");
        String summary = value(request, "summary");
        String impact = value(request, "impact");
        String[] chosen = request.getParameterValues("contributorKey");
        List<String> contributors = chosen == null ? List.of() : List.of(chosen);
        Map<String, String> errors = new LinkedHashMap<>();
        if (contributors.isEmpty()) {
            errors.put("contributorKey", "Choose who did it.");
        }
        List<String> recorded = new ArrayList<>();
        try {
            for (String contributor : contributors) {
                if (!errors.isEmpty()) {
                    break;
                }
                JiraGlueClient.Recorded outcome = glue.record(jira, new NewGlueDto(issueKey.isBlank() ? null : issueKey,
                        category, contributor, summary, impact, List.of(), List.of(pageUrl(page).toString()), null));
                outcome.errors().forEach(e -> errors.put(e.field() == null ? "request" : e.field(), e.message()));
                if (outcome.ok()) {
                    recorded.add(name(contributor));
                }
            }
        } catch (SummaryProblemException e) {
            errors.put("jira", "Jira could not record it (" + e.problem().kind().keySuffix() + "). Try again later.");
        }
        if (errors.isEmpty()) {
            response.sendRedirect("/wiki" + PAGES_PATH + page.slug() + "?recorded=" + contributors.size());
            return;
        }
        RecordGlueFormView form = new RecordGlueFormView(categories(category), people(page, contributors), issueKey,
                summary, impact, errors, true);
        // Jira checks each person's contribution on its own, so an error on the second leaves the first recorded.
        sendPage(request, response, page, form, recorded.isEmpty() ? "Nothing was recorded: see the dialog."
                : "Recorded for " + String.join(", ", recorded) + " only: see the dialog for the rest.", "error");
    }

    private void sendPage(HttpServletRequest request, HttpServletResponse response, WikiPage page,
                          RecordGlueFormView form, String notice, String noticeType) throws IOException {
        Optional<String> viewer = currentUser.key();
        boolean pdf = "pdf".equals(request.getParameter("output"));
        ConversionContext context = () -> pdf ? "pdf" : "display";
        StringBuilder body = new StringBuilder();
        for (StorageFormat.Segment segment : StorageFormat.split(page.storage(), MACRO_NAME)) {
            body.append(segment.isMacro() ? execute(page.slug().equals(WikiSpace.WITHOUT_JIRA_LINK)
                    ? summaryMacroWithoutLinks : summaryMacro, segment, context) : segment.storage());
        }
        String creditedLine = "";
        if (viewer.isPresent() && !pdf) {
            try {
                creditedLine = PageGlue.creditedLine(glue.creditedTo(jira, pageUrl(page)));
            } catch (SummaryProblemException e) {
                notice = notice.isEmpty() ? "The glue credited to this page could not be read from " + jira.getName() + "." : notice;
                noticeType = noticeType.isEmpty() ? "warning" : noticeType;
            }
        }
        String creator = name(page.creatorKey());
        WikiPageView view = new WikiPageView(pages.frame(viewer), WikiSpace.NAME, page.title(), creator, page.labels(),
                body.toString(), pdf ? "" : "/wiki" + PAGES_PATH + page.slug() + "?output=pdf")
                .withGlue(creditedLine, creditedLine.isEmpty() && PageGlue.suggestsRecording(page.labels()),
                        viewer.isPresent() && !pdf ? form : null, notice, noticeType);
        PageResponses.send(response, renderer, 200, WikiPageView.TEMPLATE, view);
    }

    private RecordGlueFormView emptyForm(WikiPage page, boolean open) {
        return new RecordGlueFormView(categories(PageGlue.DEFAULT_CATEGORY), people(page, List.of(page.creatorKey())),
                "", "", "", Map.of(), open);
    }

    private static List<RecordGlueFormView.PickerOption> categories(String selected) {
        return DefaultCategories.all().stream().filter(Category::active)
                .map(c -> new RecordGlueFormView.PickerOption(c.key(), c.name(), c.key().equals(selected))).toList();
    }

    /** The creator and the recent editors, each once, checked when chosen. */
    private List<RecordGlueFormView.PickerOption> people(WikiPage page, List<String> chosen) {
        List<String> keys = new ArrayList<>(List.of(page.creatorKey()));
        page.editorKeys().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        return keys.stream().map(k -> new RecordGlueFormView.PickerOption(k, name(k), chosen.contains(k))).toList();
    }

    private String name(String userKey) {
        return people.findPerson(userKey).map(p -> p.displayName()).orElse(userKey);
    }

    private URI pageUrl(WikiPage page) {
        return previewUrl.resolve("/wiki" + PAGES_PATH + page.slug());
    }

    private Optional<WikiPage> page(String path) {
        return path.startsWith(PAGES_PATH) ? space.page(path.substring(PAGES_PATH.length())) : Optional.empty();
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static String execute(Macro macro, StorageFormat.Segment segment, ConversionContext context) {
        try {
            return macro.execute(segment.macroParameters().orElseThrow(), "", context);
        } catch (Exception e) {
            // Confluence shows a macro's exception as an error box in place of the macro; so does the preview.
            return "<div class=\"aui-message aui-message-error\"><p>" + escape(String.valueOf(e.getMessage())) + "</p></div>";
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
