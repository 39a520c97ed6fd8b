package com.gluework.confluence.macro;

import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.SprintReportDto;

import java.util.stream.Collectors;

/** One glue win as the macro lists it. Every getter returns user text that the renderer escapes. */
public final class WinView {
    private final SprintReportDto.Win win;
    private final String issueUrl;

    WinView(SprintReportDto.Win win, String jiraBaseUrl) {
        this.win = win;
        this.issueUrl = win.issueKey() == null ? "" : jiraBaseUrl + "/browse/" + win.issueKey();
    }

    public String getContributor() {
        return win.contributor().displayName();
    }

    public String getCategory() {
        return win.category().name();
    }

    /** Empty for team glue not tied to an issue. */
    public String getIssueKey() {
        return win.issueKey() == null ? "" : win.issueKey();
    }

    public String getIssueUrl() {
        return issueUrl;
    }

    public String getSummary() {
        return win.summary();
    }

    /** Empty when no effect was recorded. */
    public String getImpact() {
        return win.impact() == null ? "" : win.impact();
    }

    public String getOccurredOn() {
        return win.occurredOn() == null ? "" : win.occurredOn();
    }

    public int getCorroborationCount() {
        return win.corroborators() == null ? 0 : win.corroborators().size();
    }

    public String getCorroborators() {
        return win.corroborators() == null ? ""
                : win.corroborators().stream().map(PersonDto::displayName).collect(Collectors.joining(", "));
    }
}
