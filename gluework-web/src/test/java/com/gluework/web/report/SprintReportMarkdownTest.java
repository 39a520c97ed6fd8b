package com.gluework.web.report;

import com.gluework.core.report.SprintReport;
import com.gluework.web.testing.HostileReports;
import com.gluework.web.testing.InMemorySprintReports;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class SprintReportMarkdownTest {
    private static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final SprintReportMarkdown markdown = new SprintReportMarkdown(new BundleReportTexts());

    @Test
    public void write_shouldGiveHeadingsHeadlineHeroAlertWinsMatrixAndCaveat() {
        // given
        SprintReport report = new InMemorySprintReports().withHeroSprint().service.report(Optional.of("alice"), 2);

        // when
        String md = markdown.write(report);

        // then
        assertTrue(md.startsWith("# Glue wins \u2014 Sprint 2\n_2026-03-16 to 2026-03-27_\n"));
        assertTrue(md, md.contains("**5 contributions \u00b7 3 people \u00b7 1 corroborated \u00b7 2 with stated impact**"));
        assertTrue(md, md.contains("> \u26a0 **Hero alert:** Frank Hero carried 60% of this sprint's glue"));
        assertTrue(md, md.contains("1. **Frank Hero** \u2014 Caught a data race in the retry path (GW-1) \u00b7 Code review"
                + " \u00b7 _Avoided a double charge_ \u00b7 <https://git.example.com/pr/482> \u00b7 confirmed by Carol Reviewer"));
        assertTrue(md, md.contains("| Person | Requirement clarification | Code review |"));
        assertTrue(md, md.contains("| Frank Hero | \u2013 | 2 |"));
        assertTrue(md, md.contains("- Erin New has no recorded glue yet \u2014 pair with Frank Hero on the next Code review?"));
        assertTrue(md, md.contains("_Small samples (0 clarified issues, 4 others)"));
        Structure parsed = Structure.of(md);
        assertEquals(List.of(1, 2, 2, 2, 3, 2, 2), parsed.headingLevels);
        assertEquals(List.of("https://git.example.com/pr/482"), parsed.links);
        assertEquals(3, parsed.tables);
    }

    @Test
    public void escape_shouldMakeMarkdownSyntaxInUserTextInert() {
        assertEquals("\\[click\\](javascript:alert(1))", SprintReportMarkdown.escape("[click](javascript:alert(1))"));
        assertEquals("\\<script\\>", SprintReportMarkdown.escape("<script>"));
        assertEquals("\\# not a heading - nor a list", SprintReportMarkdown.escape("# not a heading\n- nor a list"));
        assertEquals("\\- a list", SprintReportMarkdown.escape("- a list"));
        assertEquals("1\\. ordered", SprintReportMarkdown.escape("1. ordered"));
        assertEquals("0.88", SprintReportMarkdown.escape("0.88"));
        assertEquals("a \\| b", SprintReportMarkdown.escape("a | b"));
        assertEquals("\\*\\*bold\\*\\* \\_em\\_ \\`code\\`", SprintReportMarkdown.escape("**bold** _em_ `code`"));
        assertEquals("\\&amp; but & alone", SprintReportMarkdown.escape("&amp; but & alone"));
        assertEquals("caf\u00e9 \ud83d\ude00", SprintReportMarkdown.escape("caf\u00e9 \ud83d\ude00"));
        assertEquals("nobell", SprintReportMarkdown.escape("no\u0007bell"));
    }

    @Test
    public void write_withTheBigListOfNaughtyStrings_shouldParseToTheReportsOwnStructureOnly() {
        // given: the structure of a benign report of the same size
        List<String> naughty = HostileReports.naughtyStrings();
        for (int from = 0; from < naughty.size(); from += 40) {
            List<String> batch = naughty.subList(from, Math.min(naughty.size(), from + 40));
            // (blank texts stay blank: the fixture names blank people and categories by key, which changes the wins)
            List<String> benign = batch.stream().map(s -> s.isBlank() ? s : "benign").toList();
            Structure expected = Structure.of(markdown.write(HostileReports.reportWith(benign)));

            // when
            Structure actual = Structure.of(markdown.write(HostileReports.reportWith(batch)));

            // then: same headings, tables, list items and quotes; no HTML, code, images or links but the evidence
            assertEquals(batch.toString(), expected.headingLevels, actual.headingLevels);
            assertEquals(expected.tables, actual.tables);
            assertEquals(expected.cellsPerRow, actual.cellsPerRow);
            assertEquals(expected.listItems, actual.listItems);
            assertEquals(expected.quotes, actual.quotes);
            assertEquals(List.of(), actual.html);
            assertEquals(0, actual.code);
            assertEquals(0, actual.images);
            assertTrue(actual.links.toString(), actual.links.stream().allMatch(l -> l.startsWith("https://git.example.com/pr/")));
            assertEquals(expected.links.size(), actual.links.size());
        }
    }

    /** What a CommonMark + GFM tables parser makes of a document. */
    private static final class Structure extends AbstractVisitor {
        final List<Integer> headingLevels = new ArrayList<>();
        final List<Integer> cellsPerRow = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        int tables;
        int listItems;
        int quotes;
        int code;
        int images;

        static Structure of(String markdown) {
            Structure s = new Structure();
            COMMONMARK.parse(markdown).accept(s);
            return s;
        }

        @Override
        public void visit(Heading heading) {
            headingLevels.add(heading.getLevel());
            visitChildren(heading);
        }

        @Override
        public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(HtmlInline node) {
            html.add(node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
            html.add(node.getLiteral());
        }

        @Override
        public void visit(ListItem item) {
            listItems++;
            visitChildren(item);
        }

        @Override
        public void visit(BlockQuote quote) {
            quotes++;
            visitChildren(quote);
        }

        @Override
        public void visit(Code node) {
            code++;
        }

        @Override
        public void visit(Image image) {
            images++;
        }

        @Override
        public void visit(Text text) {
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
                tables++;
            }
            visitChildren(block);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableRow) {
                int cells = 0;
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    cells += child instanceof TableCell ? 1 : 0;
                }
                cellsPerRow.add(cells);
            }
            visitChildren(node);
        }
    }
}
