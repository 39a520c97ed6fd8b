package com.gluework.web.report;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.report.ReportedContribution;
import com.gluework.core.report.SprintReportExport;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sprint's counted glue as CSV: one header row, then one row per counted contribution (the rows a spreadsheet
 * pivot turns back into the person × category matrix, so the matrix itself is not repeated — every row has the same
 * columns, which keeps the file one table any tool can read).
 *
 * <p>Format (RFC 4180): comma-separated, CRLF line ends, UTF-8; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes with inner quotes doubled. Column names are stable identifiers, not UI texts.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula, so such cells get a leading apostrophe ({@code '=SUM(A1)}) — the spreadsheet convention for "this is text"
 * (OWASP "CSV Injection"). Every text cell is treated this way; the writer itself never emits a negative number.
 */
public final class SprintReportCsv {
    /** The header row's columns, in order. */
    public static final List<String> COLUMNS = List.of("date", "contributor", "contributor_key", "category",
            "category_key", "issue", "summary", "impact", "evidence_links", "corroborated_by", "corroborations",
            "peer_observation", "win");
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";
    private static final String CRLF = "\r\n";

    private SprintReportCsv() {
    }

    public static String write(SprintReportExport export) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (ReportedContribution reported : export.contributions()) {
            Contribution c = reported.contribution();
            row(out, List.of(
                    c.occurredOn().toString(),
                    reported.contributor().displayName(),
                    reported.contributor().key(),
                    reported.category().name(),
                    reported.category().key(),
                    c.issueRef().map(IssueRef::key).orElse(""),
                    c.summary(),
                    c.impact(),
                    c.evidenceLinks().stream().map(URI::toString).collect(Collectors.joining(" ")),
                    reported.corroborators().stream().map(Person::displayName).collect(Collectors.joining("; ")),
                    Integer.toString(reported.corroborators().size()),
                    Boolean.toString(c.isPeerObservation()),
                    Boolean.toString(reported.win())));
        }
        return out.toString();
    }

    /** One field as written to the file: neutralised against formulas, then quoted if it has to be. */
    public static String cell(String value) {
        String text = neutralised(value == null ? "" : value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    private static void row(StringBuilder out, List<String> values) {
        out.append(values.stream().map(SprintReportCsv::cell).collect(Collectors.joining(","))).append(CRLF);
    }
}
