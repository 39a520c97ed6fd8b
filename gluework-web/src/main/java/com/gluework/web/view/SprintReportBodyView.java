package com.gluework.web.view;

import com.gluework.core.model.Category;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.report.HeroAlert;
import com.gluework.core.report.OutcomeSignals;
import com.gluework.core.report.SprintComparison;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintState;
import com.gluework.web.report.ReportFormats;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One sprint's report as the page shows it: plain strings and numbers read from the core's report, phrased by the
 * template with i18n texts. Names and summaries are user text and reach the template only through these getters,
 * which the renderer escapes (none ends in {@code Html}).
 */
public final class SprintReportBodyView {
    private static final String NAME_SEPARATOR = ", ";
    private static final String DASH = "\u2013";
    /** Wins shown before "show all": enough for a retro slide. */
    static final int TOP_WINS = 10;
    /** The query parameter that names the view a chart or download belongs to. */
    public static final String VIEW_PARAMETER = "view";

    private final SprintReport report;
    private final ReportLinks links;
    private final double heroThreshold;
    /** Appended to the chart and download links, so they reuse this view's computed report; "" for none. */
    private final String viewQuery;

    SprintReportBodyView(SprintReport report, ReportLinks links, double heroThreshold) {
        this(report, links, heroThreshold, "");
    }

    /** @param viewToken the token {@link ComputedReports#keep} gave this view's report ("" for none) */
    SprintReportBodyView(SprintReport report, ReportLinks links, double heroThreshold, String viewToken) {
        this.report = report;
        this.links = links;
        this.heroThreshold = heroThreshold;
        // The token is Base64url (A-Z a-z 0-9 - _): nothing in it needs URL-encoding.
        this.viewQuery = viewToken.isEmpty() ? "" : "?" + VIEW_PARAMETER + "=" + viewToken;
    }

    // ---- heading and headline ----------------------------------------------------------------------------------

    public long getSprintId() {
        return report.sprint().id();
    }

    public String getSprintName() {
        return report.sprint().name();
    }

    public boolean isActive() {
        return report.sprint().state() == SprintState.ACTIVE;
    }

    public boolean isHasWindow() {
        return report.window().isPresent();
    }

    public String getFirstDay() {
        return report.window().map(w -> w.firstDay().toString()).orElse("");
    }

    public String getLastDay() {
        return report.window().map(w -> w.lastDay().toString()).orElse("");
    }

    public int getContributionCount() {
        return report.headline().contributions();
    }

    public int getPeopleWithGlue() {
        return report.headline().peopleWithGlue();
    }

    public int getCorroboratedCount() {
        return report.headline().corroborated();
    }

    public int getImpactCount() {
        return report.headline().withImpact();
    }

    // ---- hero alert --------------------------------------------------------------------------------------------

    /** The project shows per-person figures to its admins only and this viewer is not one (issue 11). */
    public boolean isPerPersonHidden() {
        return report.perPersonHidden();
    }

    public boolean isHeroAlert() {
        return report.heroAlert().isPresent();
    }

    public String getHeroName() {
        return report.heroAlert().map(h -> h.hero().displayName()).orElse("");
    }

    /** e.g. {@code 48%}; never reads as the threshold itself. */
    public String getHeroShare() {
        return report.heroAlert().map(h -> ReportFormats.percentAbove(h.share(), h.threshold())).orElse("");
    }

    /** The hero's busiest categories, joined. */
    public String getHeroCategories() {
        return report.heroAlert().map(h -> h.dominantCategories().stream().map(Category::name)
                .collect(Collectors.joining(NAME_SEPARATOR))).orElse("");
    }

    /** The busiest category, for the "write it down" suggestion when nobody else is on the team. */
    public String getHeroTopCategory() {
        return report.heroAlert().map(h -> h.dominantCategories().get(0).name()).orElse("");
    }

    public List<HeroSuggestionView> getHeroSuggestions() {
        return report.heroAlert().map(HeroAlert::suggestions).orElse(List.of()).stream()
                .map(s -> new HeroSuggestionView(s.kind() == HeroAlert.SuggestionKind.ROTATE, s.category().name(),
                        names(s.people())))
                .toList();
    }

    /** The threshold the alert fires above, e.g. {@code 40%}. */
    public String getHeroThreshold() {
        return ReportFormats.percent(heroThreshold);
    }

    // ---- wins --------------------------------------------------------------------------------------------------

    /**
     * The number of the first win the page hides behind "show all" (the page lists {@value #TOP_WINS} up front, so
     * the matrix stays in view).
     */
    public int getFirstHiddenWin() {
        return TOP_WINS + 1;
    }

    public boolean isHasMoreWins() {
        return report.wins().size() > TOP_WINS;
    }

    /** Every win, most corroborated first. */
    public List<ReportWinView> getWins() {
        return report.wins().stream().map(w -> new ReportWinView(w.contributor().displayName(), w.category().key(),
                w.category().name(), w.summary(), w.impact(), w.issue().map(IssueRef::key).orElse(""),
                w.issue().map(i -> links.browseUrl() + URLEncoder.encode(i.key(), StandardCharsets.UTF_8)).orElse(""),
                w.occurredOn().toString(), links(w.evidenceLinks()), names(w.corroborators()), w.corroborators().size()))
                .toList();
    }

    // ---- matrix ------------------------------------------------------------------------------------------------

    public List<String> getColumns() {
        return report.matrix().columns().stream().map(Category::name).toList();
    }

    public List<MatrixRowView> getRows() {
        return report.matrix().rows().stream().map(r -> new MatrixRowView(r.person().displayName(),
                r.counts().stream().map(SprintReportBodyView::cell).toList(), r.total(), r.onTeam())).toList();
    }

    public List<String> getColumnTotals() {
        return report.matrix().columnTotals().stream().map(SprintReportBodyView::cell).toList();
    }

    public int getTotal() {
        return report.matrix().total();
    }

    // ---- distribution and comparison ---------------------------------------------------------------------------

    public String getCategoriesChartUrl() {
        return links.restBaseUrl() + "/sprints/" + report.sprint().id() + "/charts/categories.svg" + viewQuery;
    }

    public String getDistributionChartUrl() {
        return links.restBaseUrl() + "/sprints/" + report.sprint().id() + "/charts/distribution.svg" + viewQuery;
    }

    public List<ShareRowView> getShares() {
        return report.distribution().people().stream().map(s -> new ShareRowView(s.person().displayName(), s.count(),
                ReportFormats.percent(s.share()), s.share() > heroThreshold)).toList();
    }

    public boolean isHasTopContributor() {
        return report.distribution().topContributor().isPresent();
    }

    public String getTopContributorName() {
        return report.distribution().topContributor().map(Person::displayName).orElse("");
    }

    public String getTopShare() {
        return ReportFormats.percent(report.distribution().topShare());
    }

    public String getGini() {
        return ReportFormats.twoDecimals(report.distribution().gini());
    }

    public List<SingleOwnerView> getSingleOwners() {
        return report.distribution().singleOwnerCategories().stream()
                .map(s -> new SingleOwnerView(s.category().name(), s.owner().displayName())).toList();
    }

    public boolean isHasComparison() {
        return report.comparison().isPresent();
    }

    public String getPreviousSprintName() {
        return comparison().map(c -> c.previousSprint().name()).orElse("");
    }

    public String getPreviousGini() {
        return comparison().map(c -> ReportFormats.twoDecimals(c.previousGini())).orElse("");
    }

    public String getGiniChange() {
        return comparison().map(c -> ReportFormats.signedTwoDecimals(c.giniDelta())).orElse("");
    }

    /** {@code up} (glue more concentrated), {@code down} or {@code same}. */
    public String getGiniTrend() {
        return comparison().map(c -> ReportFormats.trend(c.giniDelta())).orElse("same");
    }

    public int getPreviousTotal() {
        return comparison().map(SprintComparison::previousTotal).orElse(0);
    }

    public String getTotalChange() {
        return comparison().map(c -> ReportFormats.signed(c.totalDelta())).orElse("");
    }

    public List<CategoryDeltaView> getCategoryDeltas() {
        return comparison().map(SprintComparison::categories).orElse(List.of()).stream()
                .map(d -> new CategoryDeltaView(d.category().name(), d.previous(), d.current(),
                        ReportFormats.signed(d.delta()), ReportFormats.trend(d.delta())))
                .toList();
    }

    // ---- opportunities and outcomes ----------------------------------------------------------------------------

    public List<OpportunityView> getOpportunities() {
        return report.opportunities().stream().map(o -> new OpportunityView(o.person().displayName(),
                o.pairWith().map(Person::displayName).orElse(""),
                o.suggestedCategory().map(Category::name).orElse(""))).toList();
    }

    public OutcomeGroupView getClarified() {
        return group(report.outcomes().clarified());
    }

    public OutcomeGroupView getOthers() {
        return group(report.outcomes().others());
    }

    public boolean isSmallSamples() {
        return report.outcomes().smallSamples();
    }

    // ---- exports -----------------------------------------------------------------------------------------------

    public String getCsvUrl() {
        return links.restBaseUrl() + "/sprints/" + report.sprint().id() + "/report.csv" + viewQuery;
    }

    public String getMarkdownUrl() {
        return links.restBaseUrl() + "/sprints/" + report.sprint().id() + "/report.md" + viewQuery;
    }

    private Optional<SprintComparison> comparison() {
        return report.comparison();
    }

    private static OutcomeGroupView group(OutcomeSignals.Group g) {
        return new OutcomeGroupView(g.issueCount(), g.reopenedIssueCount(), g.cycleTimeSampleSize(),
                g.medianCycleTimeDays().map(d -> d.toPlainString()).orElse(""));
    }

    private static String cell(int count) {
        return count == 0 ? DASH : Integer.toString(count);
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::displayName).collect(Collectors.joining(NAME_SEPARATOR));
    }

    private static List<LinkView> links(List<URI> links) {
        return EvidenceLinks.views(links);
    }
}
