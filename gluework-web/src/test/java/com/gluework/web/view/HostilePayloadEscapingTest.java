package com.gluework.web.view;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.service.ContributionRules;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.InMemoryGlueWork;
import com.gluework.web.testing.RenderedHtml;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Thousands of attack strings nobody on this project wrote (payloadbox's XSS list, the Big List of Naughty Strings)
 * go in as summary, impact, a teammate's display name and a corroboration note, through the real service, factory and
 * template — and then as edits, so they come out again as before/after values of the change history. The panel and
 * the history must come out with no markup their templates do not produce themselves: the same tags and attributes
 * as a benign rendering, every {@code <} part of such a tag, and every href an http(s) URL.
 */
public class HostilePayloadEscapingTest {
    private static final int BATCH = 250;
    private static final Pattern START_OR_END_TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("\\s([^\\s=/>\"']+)(?:=\"[^\"]*\")?");

    private static List<String> xssPayloads;
    private static List<String> naughtyStrings;
    private static Set<String> templateTags;
    private static Set<String> templateAttributes;
    private static String benignHtml;
    private static Set<String> historyTags;
    private static Set<String> historyAttributes;

    @BeforeClass
    public static void loadPayloadsAndLearnTheTemplatesOwnMarkup() throws IOException {
        Path data = sharedData();
        xssPayloads = Files.readAllLines(data.resolve("payloadbox__xss-payload-list/Intruder/xss-payload-list.txt"),
                StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        naughtyStrings = new ObjectMapper().readValue(
                data.resolve("minimaxir__big-list-of-naughty-strings/blns.json").toFile(), new TypeReference<List<String>>() { });

        // A benign panel with every optional part present tells which tags and attributes the template itself makes.
        RenderedPanel benign = renderPanelWith(List.of("Reviewed the retry path", "https://github.com/acme/payments/pull/482"));
        templateTags = benign.tagNames();
        templateAttributes = benign.attributeNames();
        benignHtml = benign.html.toString();
        assertTrue(templateTags.containsAll(Set.of("a", "form", "select", "option", "button", "span", "q")));
        RenderedHtml benignHistory = renderHistoryWith(List.of("Reviewed the retry path", "Reviewed it again"));
        historyTags = tagNamesOf(benignHistory);
        historyAttributes = attributeNamesOf(benignHistory);
        assertTrue(historyTags.containsAll(Set.of("ol", "li", "dl", "dt", "dd", "span", "time")));
    }

    @Test
    public void xssPayloadList_shouldComeOutEscapedInTheChangeHistory() {
        assertEveryHistoryBatchEscaped(xssPayloads);
    }

    @Test
    public void bigListOfNaughtyStrings_shouldComeOutEscapedInTheChangeHistory() {
        assertEveryHistoryBatchEscaped(naughtyStrings);
    }

    private static void assertEveryHistoryBatchEscaped(List<String> payloads) {
        for (int from = 0; from < payloads.size(); from += BATCH) {
            List<String> batch = payloads.subList(from, Math.min(payloads.size(), from + BATCH));
            RenderedHtml html = renderHistoryWith(batch);
            String text = html.toString();
            List<String> tags = tagsOf(text);
            assertEquals("every < belongs to a tag", count(text, '<'), tags.size());
            for (String tag : tags) {
                assertTrue("foreign tag " + tag, historyTags.contains(tagName(tag)));
            }
            assertTrue("foreign attribute in " + attributeNamesOf(html), historyAttributes.containsAll(attributeNamesOf(html)));
            assertEquals(List.of(), html.hrefs());
            for (String payload : batch) {
                String summary = truncate(payload, ContributionRules.MAX_SUMMARY).strip();
                if (!summary.isEmpty()) {
                    assertTrue("history value rendered escaped: " + summary,
                            text.contains(">" + EscapingVelocityViewRenderer.escape(summary) + "</span>"));
                }
            }
        }
    }

    /** Records one contribution, then edits its summary and impact to each payload in turn, as carol. */
    private static RenderedHtml renderHistoryWith(List<String> payloads) {
        InMemoryGlueWork glueWork = new InMemoryGlueWork();
        long id = glueWork.record("carol", "GW-1", "review", "First wording");
        int version = 1;
        for (String payload : payloads) {
            String summary = truncate(payload, ContributionRules.MAX_SUMMARY);
            if (summary.isBlank()) {
                continue;
            }
            Contribution before = glueWork.store.findById(id).orElseThrow();
            Contribution after = glueWork.service.edit(Optional.of("carol"), id, new ContributionDraft("review", null, summary,
                    truncate(payload, ContributionRules.MAX_IMPACT), List.of(), List.of(), null), version);
            version = after.version() == before.version() ? version : after.version();
        }
        glueWork.service.corroborate(Optional.of("dave"), id, truncate(payloads.get(0), ContributionRules.MAX_NOTE));
        glueWork.currentUser.actAs("alice");
        return new RenderedHtml((String) glueWork.contributionResource().historyFragment(String.valueOf(id)).getEntity());
    }

    private static List<String> tagsOf(String html) {
        List<String> tags = new ArrayList<>();
        Matcher m = START_OR_END_TAG.matcher(html);
        while (m.find()) {
            tags.add(m.group());
        }
        return tags;
    }

    private static Set<String> tagNamesOf(RenderedHtml html) {
        Set<String> names = new HashSet<>();
        tagsOf(html.toString()).forEach(t -> names.add(tagName(t)));
        return names;
    }

    private static Set<String> attributeNamesOf(RenderedHtml html) {
        Set<String> names = new HashSet<>();
        for (String tag : html.tags()) {
            Matcher m = ATTRIBUTE_NAME.matcher(tag.substring(1 + tagName(tag).length(), tag.length() - 1));
            while (m.find()) {
                names.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    @Test
    public void xssPayloadList_shouldComeOutEscapedEverywhere() {
        assertTrue("the list is there", xssPayloads.size() > 6000);
        assertEveryBatchEscaped(xssPayloads);
    }

    @Test
    public void bigListOfNaughtyStrings_shouldComeOutEscapedEverywhere() {
        assertTrue("the list is there", naughtyStrings.size() > 500);
        assertEveryBatchEscaped(naughtyStrings);
    }

    private static void assertEveryBatchEscaped(List<String> payloads) {
        int rendered = 0;
        for (int from = 0; from < payloads.size(); from += BATCH) {
            RenderedPanel panel = renderPanelWith(payloads.subList(from, Math.min(payloads.size(), from + BATCH)));
            assertNoForeignMarkup(panel);
            rendered += panel.contributions.size();
        }
        // Blank strings are refused by the rules; everything else must have been recorded and rendered.
        assertTrue("rendered " + rendered + " of " + payloads.size(), rendered >= payloads.size() * 0.95);
    }

    private static void assertNoForeignMarkup(RenderedPanel panel) {
        String html = panel.html.toString();
        assertEquals("every < belongs to a tag", count(html, '<'), panel.tags().size());
        for (String tag : panel.tags()) {
            String name = tagName(tag);
            assertTrue("foreign tag " + tag, templateTags.contains(name));
            assertFalse("script tag " + tag, name.equals("script"));
        }
        assertTrue("foreign attribute in " + panel.attributeNames(), templateAttributes.containsAll(panel.attributeNames()));
        for (String href : panel.html.hrefs()) {
            String decoded = href.replace("&amp;", "&").toLowerCase(Locale.ROOT);
            assertTrue("href " + href, decoded.startsWith("http://") || decoded.startsWith("https://"));
        }
        for (Contribution c : panel.contributions) {
            String summaryText = "<span class=\"gluework-summary\">" + EscapingVelocityViewRenderer.escape(c.summary()) + "</span>";
            assertTrue("summary rendered escaped: " + c.summary(), html.contains(summaryText));
            String impactText = "<span class=\"gluework-impact-text\">" + EscapingVelocityViewRenderer.escape(c.impact()) + "</span>";
            assertTrue("impact rendered escaped: " + c.impact(), html.contains(impactText));
            String noteText = "<q class=\"gluework-corroboration-note\">" + EscapingVelocityViewRenderer.escape(c.corroborations().get(0).note()) + "</q>";
            assertTrue("note rendered escaped: " + c.summary(), html.contains(noteText));
            // A payload such as "</form>" or a lone quote is also template markup; only markup the template lacks counts.
            if ((c.summary().contains("<") || c.summary().contains("\"")) && !benignHtml.contains(c.summary())) {
                assertFalse("raw payload in output: " + c.summary(), html.contains(c.summary()));
            }
        }
    }

    /** Records each payload as summary and impact of glue by a teammate whose display name is the payload too. */
    private static RenderedPanel renderPanelWith(List<String> payloads) {
        InMemoryGlueWork glueWork = new InMemoryGlueWork();
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            String teammate = "teammate" + i;
            glueWork.host.withPerson(teammate, payload);
            List<String> links = ContributionRules.parseEvidenceLink(payload).isPresent() ? List.of(payload) : List.of();
            try {
                glueWork.service.record(Optional.of("alice"), "GW-1", new ContributionDraft("review", teammate,
                        truncate(payload, ContributionRules.MAX_SUMMARY), truncate(payload, ContributionRules.MAX_IMPACT),
                        List.of(), links, null));
            } catch (InvalidInputException refused) {
                if (!payload.isBlank() && !refused.errors().stream().allMatch(e -> e.field().equals("summary"))) {
                    fail("refused for another reason than a blank summary: " + payload + " → " + refused.errors());
                }
            }
        }
        // dave vouches for each one with the payload as his note; viewed by carol, who may corroborate too.
        for (Contribution recorded : glueWork.store.findByIssue(10001)) {
            glueWork.service.corroborate(Optional.of("dave"), recorded.id(), truncate(recorded.summary(), ContributionRules.MAX_NOTE));
        }
        glueWork.currentUser.actAs("carol");
        String html = new String((byte[]) glueWork.issuePanelResource().render("GW-1").getEntity(),
                java.nio.charset.StandardCharsets.UTF_8);
        return new RenderedPanel(new RenderedHtml(html), glueWork.store.findByIssue(10001));
    }

    private static String truncate(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints ? text : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static String tagName(String tag) {
        Matcher m = START_OR_END_TAG.matcher(tag);
        return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static Path sharedData() {
        Path data = Path.of(System.getProperty("gluework.testdata", "../testdata"));
        if (!Files.isDirectory(data)) {
            fail("Test data not found at " + data.toAbsolutePath() + " (surefire sets -Dgluework.testdata)");
        }
        return data;
    }

    private static final class RenderedPanel {
        final RenderedHtml html;
        final List<Contribution> contributions;

        RenderedPanel(RenderedHtml html, List<Contribution> contributions) {
            this.html = html;
            this.contributions = contributions;
        }

        List<String> tags() {
            List<String> tags = new ArrayList<>();
            Matcher m = START_OR_END_TAG.matcher(html.toString());
            while (m.find()) {
                tags.add(m.group());
            }
            return tags;
        }

        Set<String> tagNames() {
            Set<String> names = new HashSet<>();
            tags().forEach(t -> names.add(tagName(t)));
            return names;
        }

        Set<String> attributeNames() {
            Set<String> names = new HashSet<>();
            for (String tag : html.tags()) {
                Matcher m = ATTRIBUTE_NAME.matcher(tag.substring(1 + tagName(tag).length(), tag.length() - 1));
                while (m.find()) {
                    names.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
            return names;
        }
    }
}
