package com.gluework.web.report;

import com.gluework.core.report.SprintReport;
import com.gluework.web.testing.HostileReports;
import com.gluework.web.testing.InMemorySprintReports;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SprintReportChartsTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private final SprintReportCharts charts = new SprintReportCharts(new BundleReportTexts());

    @Test
    public void categories_shouldBeAnAccessibleSvgStatingEveryNumber() throws Exception {
        // given
        SprintReport report = new InMemorySprintReports().withHeroSprint().service.report(Optional.of("alice"), 2);

        // when
        Document svg = parse(charts.categories(report));

        // then
        Element root = svg.getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Glue per category \u2014 Sprint 2", text(svg, "title").get(0));
        assertTrue(text(svg, "desc").get(0), text(svg, "desc").get(0).contains("Code review: 2 (Sprint 1: 1)"));
        assertTrue(root.getAttribute("aria-label").startsWith("Glue per category \u2014 Sprint 2. Contributions per category"));
        assertTrue(svg.getElementsByTagNameNS(SVG, "rect").getLength() > 0);
    }

    @Test
    public void distribution_shouldMarkSharesAboveTheThresholdAndDrawTheThreshold() throws Exception {
        // given
        SprintReport report = new InMemorySprintReports().withHeroSprint().service.report(Optional.of("alice"), 2);

        // when
        String svg = charts.distribution(report, 0.4);
        Document doc = parse(svg);

        // then
        assertTrue(text(doc, "desc").get(0), text(doc, "desc").get(0).contains("Frank Hero: 60% (3)"));
        assertTrue(text(doc, "desc").get(0).contains("Hero threshold 40%"));
        assertEquals(1, doc.getElementsByTagNameNS(SVG, "line").getLength());
        assertTrue(svg.contains("fill=\"#de350b\""));
        assertTrue(text(doc, "text").contains("hero threshold 40%"));
    }

    @Test
    public void charts_withTheBigListOfNaughtyStrings_shouldStayWellFormedWithTheTextsAsText() throws Exception {
        List<String> naughty = HostileReports.naughtyStrings();
        for (int from = 0; from < naughty.size(); from += 60) {
            // given
            List<String> batch = naughty.subList(from, Math.min(naughty.size(), from + 60));
            SprintReport report = HostileReports.reportWith(batch);

            // when
            Document categories = parse(charts.categories(report));
            Document distribution = parse(charts.distribution(report, 0.4));

            // then: parsed as SVG with no element or attribute but the chart's own
            for (Document doc : List.of(categories, distribution)) {
                NodeList all = doc.getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element e = (Element) all.item(i);
                    assertEquals(SVG, e.getNamespaceURI());
                    assertTrue(e.getLocalName(), List.of("svg", "title", "desc", "text", "g", "rect", "line")
                            .contains(e.getLocalName()));
                    for (int a = 0; a < e.getAttributes().getLength(); a++) {
                        String name = e.getAttributes().item(a).getNodeName();
                        assertFalse(name, name.toLowerCase(java.util.Locale.ROOT).startsWith("on") || name.contains("href"));
                    }
                }
            }
            String desc = text(distribution, "desc").get(0);
            for (String text : batch) {
                String kept = text.codePoints().filter(cp -> cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r')
                        .filter(cp -> cp != 0xFFFE && cp != 0xFFFF)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                if (!kept.isBlank()) {
                    assertTrue("the description names " + kept, desc.contains(kept.replace("\r\n", "\n").replace('\r', '\n'))
                            || desc.contains(kept));
                }
            }
        }
    }

    @Test
    public void xml_shouldEscapeMarkupAndDropWhatXmlCannotHold() {
        assertEquals("&lt;script&gt;&amp;&quot;&apos;", SprintReportCharts.xml("<script>&\"'"));
        assertEquals("ab", SprintReportCharts.xml("a\u0000\u0008b"));
        assertEquals("x", SprintReportCharts.xml("x\ud800"));
        assertEquals("\ud83d\ude00", SprintReportCharts.xml("\ud83d\ude00"));
        assertEquals("a&#10;b", SprintReportCharts.xml("a\nb"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> text(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG, localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
