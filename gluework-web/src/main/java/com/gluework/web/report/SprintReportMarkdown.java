package com.gluework.web.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.report.GlueDistribution;
import com.gluework.core.report.GlueMatrix;
import com.gluework.core.report.GlueWin;
import com.gluework.core.report.HeroAlert;
import com.gluework.core.report.Opportunity;
import com.gluework.core.report.OutcomeSignals;
import com.gluework.core.report.SprintComparison;
import com.gluework.core.report.SprintReport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The report as Markdown (CommonMark plus GitHub-style tables), written to paste into a Confluence page, a retro doc
 * or a chat: headings, the headline, the hero alert as a quote, numbered wins, the matrix as a table, distribution,
 * opportunities and outcome signals with their caveat.
 *
 * <p>User text (names, summaries, impacts, category names — also when they are arguments of an i18n text) is inert:
 * the characters that make inline syntax ({@code \ ` * _ [ ] < > | ~}, and {@code &} before an entity name) are
 * backslash-escaped, as CommonMark allows for any ASCII punctuation; a leading {@code # + - = >} or {@code 1.} is
 * escaped too, in case the text ends up first in a list item; line breaks become spaces, so nothing can start a block
 * or leave a table row. Evidence links appear only as {@code <https://…>} autolinks of http(s) URLs. The i18n texts
 * themselves are written as they are, so the file stays readable before it is rendered.
 */
public final class SprintReportMarkdown {
    public static final String MEDIA_TYPE = "text/markdown; charset=utf-8; variant=CommonMark";
    private static final String INLINE_SYNTAX = "\\`*_[]<>|~";
    private static final String BLOCK_STARTS = "#+-=>";
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private final ReportTexts texts;

    public SprintReportMarkdown(ReportTexts texts) {
        this.texts = texts;
    }

    public String write(SprintReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + t("gluework.report.md.title", report.sprint().name()));
        report.window().ifPresent(w -> lines.add("_" + t("gluework.report.window", w.firstDay().toString(),
                w.lastDay().toString()) + "_"));
        SprintReport.Headline h = report.headline();
        lines.add("");
        lines.add("**" + t("gluework.report.headline", h.contributions(), h.peopleWithGlue(), h.corroborated(),
                h.withImpact()) + "**");
        if (report.perPersonHidden()) {
            lines.add("");
            lines.add("> " + t("gluework.report.perperson.hidden"));
        }
        report.heroAlert().ifPresent(alert -> {
            lines.add("");
            lines.add("> \u26a0 **" + t("gluework.report.hero.title") + ":** " + heroSentence(alert));
            lines.add(">");
            lines.add("> " + suggestionSentence(alert));
        });
        wins(report.wins(), lines);
        if (!report.perPersonHidden()) { // a team-level report has no rows to show, and no one to suggest
            matrix(report.matrix(), lines);
        }
        distribution(report, lines);
        if (!report.perPersonHidden()) {
            opportunities(report.opportunities(), lines);
        }
        outcomes(report.outcomes(), lines);
        return String.join("\n", lines) + "\n";
    }

    /** Makes user text inert anywhere inside a paragraph, a list item or a table cell (see the class comment). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.strip().codePoints().forEach(cp -> {
            if (cp == '\r' || cp == '\n' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                // Invisible and meaningless in a document; dropped rather than pasted.
                return;
            } else if (cp < 128 && INLINE_SYNTAX.indexOf(cp) >= 0) {
                out.append('\\').appendCodePoint(cp);
            } else {
                out.appendCodePoint(cp);
            }
        });
        String inline = ENTITY.matcher(out).replaceAll("\\\\&");
        if (!inline.isEmpty() && BLOCK_STARTS.indexOf(inline.charAt(0)) >= 0) {
            return "\\" + inline;
        }
        Matcher list = ORDERED_LIST_START.matcher(inline);
        return list.find() ? list.group(1) + "\\" + list.group(2) + inline.substring(list.end()) : inline;
    }

    String heroSentence(HeroAlert alert) {
        return t("gluework.report.hero.carried", alert.hero().displayName(),
                ReportFormats.percentAbove(alert.share(), alert.threshold()),
                alert.dominantCategories().stream().map(Category::name).collect(Collectors.joining(", ")));
    }

    String suggestionSentence(HeroAlert alert) {
        if (alert.suggestions().isEmpty()) {
            return t("gluework.report.hero.suggest") + " " + t("gluework.report.hero.document",
                    alert.hero().displayName(), alert.dominantCategories().get(0).name());
        }
        List<String> parts = new ArrayList<>();
        for (HeroAlert.Suggestion s : alert.suggestions()) {
            String names = names(s.people());
            parts.add(switch (s.kind()) {
                case ROTATE -> t("gluework.report.hero.rotate", s.category().name(), names);
                case PAIR_WITH_HERO -> t("gluework.report.hero.pair", names, alert.hero().displayName(),
                        s.category().name());
            });
        }
        return t("gluework.report.hero.suggest") + " " + String.join(" ", parts);
    }

    private void wins(List<GlueWin> wins, List<String> lines) {
        lines.add("");
        lines.add("## " + t("gluework.report.wins"));
        lines.add("");
        if (wins.isEmpty()) {
            lines.add(t("gluework.report.wins.empty"));
            return;
        }
        int n = 1;
        for (GlueWin win : wins) {
            StringBuilder line = new StringBuilder();
            line.append(n++).append(". **").append(escape(win.contributor().displayName())).append("** \u2014 ")
                    .append(escape(win.summary()));
            win.issue().map(IssueRef::key).ifPresent(key -> line.append(" (").append(escape(key)).append(')'));
            line.append(" \u00b7 ").append(escape(win.category().name()));
            if (win.hasImpact()) {
                line.append(" \u00b7 _").append(escape(win.impact())).append('_');
            }
            for (URI link : win.evidenceLinks()) {
                String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) {
                    line.append(" \u00b7 <").append(link.toASCIIString()).append('>');
                }
            }
            if (!win.corroborators().isEmpty()) {
                line.append(" \u00b7 ").append(t("gluework.report.wins.confirmedby", names(win.corroborators())));
            }
            lines.add(line.toString());
        }
    }

    private void matrix(GlueMatrix matrix, List<String> lines) {
        lines.add("");
        lines.add("## " + t("gluework.report.matrix"));
        lines.add("");
        List<String> header = new ArrayList<>();
        header.add(t("gluework.report.matrix.person"));
        matrix.columns().forEach(c -> header.add(escape(c.name())));
        header.add(t("gluework.report.matrix.total"));
        lines.add(tableRow(header));
        List<String> rule = new ArrayList<>();
        rule.add("---");
        matrix.columns().forEach(c -> rule.add("---:"));
        rule.add("---:");
        lines.add(tableRow(rule));
        for (GlueMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(escape(row.person().displayName())
                    + (row.onTeam() ? "" : " _(" + t("gluework.report.matrix.notonteam") + ")_"));
            row.counts().forEach(count -> cells.add(count == 0 ? "\u2013" : count.toString()));
            cells.add(Integer.toString(row.total()));
            lines.add(tableRow(cells));
        }
        List<String> totals = new ArrayList<>();
        totals.add("**" + t("gluework.report.matrix.total") + "**");
        matrix.columnTotals().forEach(total -> totals.add(total.toString()));
        totals.add("**" + matrix.total() + "**");
        lines.add(tableRow(totals));
    }

    private void distribution(SprintReport report, List<String> lines) {
        GlueDistribution d = report.distribution();
        lines.add("");
        lines.add("## " + t("gluework.report.distribution"));
        lines.add("");
        d.topContributor().ifPresent(top -> lines.add("- " + t("gluework.report.distribution.top",
                top.displayName(), ReportFormats.percent(d.topShare()))));
        String gini = t("gluework.report.distribution.gini", ReportFormats.twoDecimals(d.gini()));
        if (report.comparison().isPresent()) {
            SprintComparison c = report.comparison().get();
            gini += " " + t("gluework.report.distribution.previous", c.previousSprint().name(),
                    ReportFormats.twoDecimals(c.previousGini()), ReportFormats.signedTwoDecimals(c.giniDelta()));
        }
        lines.add("- " + gini);
        String owners = d.singleOwnerCategories().isEmpty() ? t("gluework.report.singleowner.none")
                : d.singleOwnerCategories().stream()
                        .map(s -> t("gluework.report.singleowner.entry", s.category().name(), s.owner().displayName()))
                        .collect(Collectors.joining(", "));
        lines.add("- " + t("gluework.report.singleowner") + ": " + owners);
        report.comparison().ifPresent(c -> {
            lines.add("");
            lines.add("### " + t("gluework.report.comparison", c.previousSprint().name()));
            lines.add("");
            lines.add(tableRow(List.of(t("gluework.report.comparison.category"), escape(c.previousSprint().name()),
                    escape(report.sprint().name()), t("gluework.report.comparison.change"))));
            lines.add(tableRow(List.of("---", "---:", "---:", "---:")));
            for (SprintComparison.CategoryDelta delta : c.categories()) {
                lines.add(tableRow(List.of(escape(delta.category().name()), Integer.toString(delta.previous()),
                        Integer.toString(delta.current()), ReportFormats.signed(delta.delta()))));
            }
        });
    }

    private void opportunities(List<Opportunity> opportunities, List<String> lines) {
        lines.add("");
        lines.add("## " + t("gluework.report.opportunities"));
        lines.add("");
        if (opportunities.isEmpty()) {
            lines.add(t("gluework.report.opportunities.none"));
        }
        for (Opportunity o : opportunities) {
            lines.add("- " + opportunitySentence(o));
        }
    }

    String opportunitySentence(Opportunity o) {
        if (o.suggestedCategory().isPresent() && o.pairWith().isPresent()) {
            return t("gluework.report.opportunity.pair", o.person().displayName(), o.pairWith().get().displayName(),
                    o.suggestedCategory().get().name());
        }
        return t("gluework.report.opportunity.first", o.person().displayName());
    }

    private void outcomes(OutcomeSignals outcomes, List<String> lines) {
        lines.add("");
        lines.add("## " + t("gluework.report.outcomes"));
        lines.add("");
        lines.add(tableRow(List.of(t("gluework.report.outcomes.group"), t("gluework.report.outcomes.issues"),
                t("gluework.report.outcomes.reopened"), t("gluework.report.outcomes.cycletime"))));
        lines.add(tableRow(List.of("---", "---:", "---:", "---:")));
        lines.add(outcomeRow(t("gluework.report.outcomes.clarified"), outcomes.clarified()));
        lines.add(outcomeRow(t("gluework.report.outcomes.others"), outcomes.others()));
        lines.add("");
        lines.add("_" + caveat(outcomes) + "_");
    }

    String caveat(OutcomeSignals outcomes) {
        return outcomes.smallSamples()
                ? t("gluework.report.outcomes.caveat.small", outcomes.clarified().issueCount(),
                outcomes.others().issueCount())
                : t("gluework.report.outcomes.caveat");
    }

    private String outcomeRow(String label, OutcomeSignals.Group group) {
        String median = group.medianCycleTimeDays()
                .map(days -> t("gluework.report.outcomes.median", days.toPlainString(), group.cycleTimeSampleSize()))
                .orElse("\u2014");
        return tableRow(List.of(label, Integer.toString(group.issueCount()),
                t("gluework.report.outcomes.reopenedvalue", group.reopenedIssueCount(), group.issueCount()), median));
    }

    private String names(List<Person> people) {
        return ReportFormats.joinNames(people.stream().map(Person::displayName).toList(), texts.text("gluework.report.and"));
    }

    private static String tableRow(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /** An i18n text whose text arguments are user text, escaped before they are put in. */
    private String t(String key, Object... arguments) {
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof String text ? escape(text) : arguments[i];
        }
        return texts.text(key, escaped);
    }
}
