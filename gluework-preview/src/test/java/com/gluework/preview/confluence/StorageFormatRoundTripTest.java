package com.gluework.preview.confluence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.confluence.macro.SummaryParameters;
import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Storage format round-trips unchanged through the preview's space: real Confluence pages (testdata/
 * borgius__confluence-exporter, see testdata/SOURCES.md), one of them with our macro put into a layout cell, and the
 * preview's own pages — split around the Glue sprint summary's calls and joined again, byte for byte.
 */
public class StorageFormatRoundTripTest {
    private static final String MACRO = "glue-sprint-summary";

    private static List<Path> realPages() throws IOException {
        Path folder = Path.of(System.getProperty("gluework.testdata"), "borgius__confluence-exporter/tests/fixtures/html");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertEquals("the copied pages", 8, pages.size());
            return pages;
        }
    }

    private static String storageOf(Path page) throws IOException {
        return new ObjectMapper().readTree(page.toFile()).get("bodyStorage").asText();
    }

    @Test
    public void realConfluencePages_shouldRoundTripUnchangedAndHoldNoCallOfOurs() throws IOException {
        int otherMacros = 0;
        for (Path page : realPages()) {
            String storage = storageOf(page);
            List<StorageFormat.Segment> segments = StorageFormat.split(storage, MACRO);

            assertEquals(page.toString(), storage, StorageFormat.join(segments));
            assertTrue(page.toString(), segments.stream().noneMatch(StorageFormat.Segment::isMacro));
            otherMacros += storage.split("<ac:structured-macro", -1).length - 1;
        }
        assertTrue("the real pages carry other macros (toc, panel, contentbylabel, ...): " + otherMacros, otherMacros >= 5);
    }

    @Test
    public void aRealPageWithOurMacroInALayoutCell_shouldRoundTripAndYieldItsParameters() throws IOException {
        String real = storageOf(realPages().get(1)); // page-03: ac:layout with contentbylabel and info macros
        String call = "<ac:structured-macro ac:name=\"glue-sprint-summary\" ac:schema-version=\"1\" ac:macro-id=\"a1\">\n"
                + "  <ac:parameter ac:name=\"board\">1</ac:parameter>\n"
                + "  <ac:parameter ac:name=\"sprint\">last-closed</ac:parameter>\n"
                + "  <ac:parameter ac:name=\"view\">full</ac:parameter>\n"
                + "  <ac:parameter ac:name=\"applicationLink\">a&amp;b</ac:parameter>\n"
                + "</ac:structured-macro>";
        int cell = real.indexOf("<ac:layout-cell>") + "<ac:layout-cell>".length();
        assertTrue(cell > 20);
        String storage = real.substring(0, cell) + call + real.substring(cell);

        List<StorageFormat.Segment> segments = StorageFormat.split(storage, MACRO);

        assertEquals(storage, StorageFormat.join(segments));
        List<Map<String, String>> calls = calls(segments);
        assertEquals(List.of(Map.of("board", "1", "sprint", "last-closed", "view", "full", "applicationLink", "a&b")), calls);
        assertEquals("1/last-closed", SummaryParameters.parse(calls.get(0)).reportKey());
        assertFalse(segments.get(0).storage().contains("glue-sprint-summary"));
    }

    @Test
    public void thePreviewsPages_shouldRoundTripAndBeWhatTheMacroBrowserWrites() {
        for (WikiPage page : WikiSpace.demo().pages()) {
            List<StorageFormat.Segment> segments = StorageFormat.split(page.storage(), MACRO);
            assertEquals(page.slug(), page.storage(), StorageFormat.join(segments));
            for (StorageFormat.Segment segment : segments) {
                if (segment.isMacro()) {
                    String id = segment.storage().replaceAll("(?s).*ac:macro-id=\"([^\"]*)\".*", "$1");
                    assertEquals(segment.storage(), StorageFormat.macroCall(MACRO, id,
                            new LinkedHashMap<>(segment.macroParameters().orElseThrow())));
                }
            }
        }
        WikiPage review = WikiSpace.demo().page("sprint-3-review").orElseThrow();
        assertEquals(List.of(Map.of("board", "1", "sprint", "active", "view", "wins", "maxWins", "8"),
                        Map.of("board", "1", "sprint", "3", "view", "matrix"),
                        Map.of("board", "1", "sprint", "3", "view", "full", "maxWins", "5")),
                calls(StorageFormat.split(review.storage(), MACRO)));
    }

    private static List<Map<String, String>> calls(List<StorageFormat.Segment> segments) {
        List<Map<String, String>> calls = new ArrayList<>();
        segments.stream().filter(StorageFormat.Segment::isMacro).forEach(s -> calls.add(s.macroParameters().orElseThrow()));
        return calls;
    }
}
