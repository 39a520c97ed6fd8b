package com.gluework.web.report;

import com.gluework.core.report.SprintReportExport;
import com.gluework.web.testing.HostileReports;
import com.gluework.web.testing.InMemorySprintReports;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class SprintReportCsvTest {
    private static final int SUMMARY = SprintReportCsv.COLUMNS.indexOf("summary");
    private static final int IMPACT = SprintReportCsv.COLUMNS.indexOf("impact");

    private final InMemorySprintReports reports = new InMemorySprintReports();

    @Test
    public void write_shouldStartWithTheHeaderRowAndEndEveryRowWithCrLf() {
        // given
        reports.withHeroSprint();

        // when
        String csv = SprintReportCsv.write(reports.service.export(Optional.of("alice"), 2));

        // then
        assertTrue(csv.startsWith(String.join(",", SprintReportCsv.COLUMNS) + "\r\n"));
        assertTrue(csv.endsWith("\r\n"));
        List<List<String>> rows = parse(csv);
        assertEquals(6, rows.size());
        rows.forEach(row -> assertEquals(SprintReportCsv.COLUMNS.size(), row.size()));
        List<String> win = rows.stream().filter(r -> r.get(SUMMARY).equals("Caught a data race in the retry path"))
                .findFirst().orElseThrow();
        assertEquals(List.of("2026-03-17", "Frank Hero", "frank", "Code review", "review", "GW-1"), win.subList(0, 6));
        assertEquals(List.of("https://git.example.com/pr/482", "Carol Reviewer", "1", "false", "true"), win.subList(8, 13));
    }

    @Test
    public void cell_shouldQuoteCommasQuotesAndLineBreaksDoublingInnerQuotes() {
        assertEquals("plain text", SprintReportCsv.cell("plain text"));
        assertEquals("\"a, b\"", SprintReportCsv.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", SprintReportCsv.cell("say \"hi\""));
        assertEquals("\"line\r\nbreak\"", SprintReportCsv.cell("line\r\nbreak"));
        assertEquals("\"lf\nonly\"", SprintReportCsv.cell("lf\nonly"));
        assertEquals("", SprintReportCsv.cell(null));
    }

    @Test
    public void cell_shouldNeutraliseEveryStartASpreadsheetWouldRunAsAFormula() {
        assertEquals("'=HYPERLINK(\"\"http://evil\"\")", SprintReportCsv.cell("=HYPERLINK(\"http://evil\")")
                .replaceAll("^\"|\"$", ""));
        assertEquals("'+1+1", SprintReportCsv.cell("+1+1"));
        assertEquals("'-2+3", SprintReportCsv.cell("-2+3"));
        assertEquals("'@SUM(A1)", SprintReportCsv.cell("@SUM(A1)"));
        assertEquals("'\tTAB", SprintReportCsv.cell("\tTAB"));
        assertEquals("\"'\r=1\"", SprintReportCsv.cell("\r=1"));
        assertEquals("a=1", SprintReportCsv.cell("a=1"));
        assertEquals("\"'=1,2\"", SprintReportCsv.cell("=1,2"));
    }

    @Test
    public void write_withTheBigListOfNaughtyStrings_shouldGiveEveryCellBackThroughAnRfc4180Parser() {
        // given: every naughty string as a summary and an impact (stored without the service's rules)
        List<String> naughty = HostileReports.naughtyStrings();
        naughty.forEach(text -> reports.add("frank", "review", "GW-1", "2026-03-17", text, text, null));

        // when
        SprintReportExport export = reports.service.export(Optional.of("alice"), 2);
        List<List<String>> rows = parse(SprintReportCsv.write(export));

        // then: same order as stored (same day, then id), each cell exactly the text, apostrophe-prefixed if a formula
        assertEquals(naughty.size() + 1, rows.size());
        for (int i = 0; i < naughty.size(); i++) {
            String expected = SprintReportCsv.neutralised(naughty.get(i));
            assertEquals("row " + i, expected, rows.get(i + 1).get(SUMMARY));
            assertEquals("row " + i, expected, rows.get(i + 1).get(IMPACT));
            assertEquals(SprintReportCsv.COLUMNS.size(), rows.get(i + 1).size());
            char first = expected.isEmpty() ? 'x' : expected.charAt(0);
            assertTrue("no formula may start a cell: " + expected, "=+-@\t\r".indexOf(first) < 0);
        }
    }

    /** A strict RFC 4180 reader: CRLF-separated records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
                continue;
            } else {
                assertTrue("a bare quote, CR or LF outside quotes at " + i, c != '"' && c != '\r' && c != '\n');
                field.append(c);
            }
            i++;
        }
        assertTrue("the file ends with CRLF", row.isEmpty() && field.length() == 0 && !quoted);
        return rows;
    }
}
