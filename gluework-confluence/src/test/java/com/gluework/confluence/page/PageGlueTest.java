package com.gluework.confluence.page;

import com.gluework.web.rest.dto.CategoryRefDto;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.CorroborationDto;
import com.gluework.web.rest.dto.PersonDto;
import org.junit.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PageGlueTest {

    @Test
    public void glueLabels_shouldSuggestRecording() {
        assertTrue(PageGlue.suggestsRecording(List.of("payments", "Runbook")));
        assertTrue(PageGlue.suggestsRecording(List.of("post-mortem")));
        assertTrue(PageGlue.suggestsRecording(List.of("onboarding")));
        assertFalse(PageGlue.suggestsRecording(List.of("sprint-review", "runbooks", "postmortem")));
        assertFalse(PageGlue.suggestsRecording(List.of()));
    }

    @Test
    public void creditedLine_shouldNameEachPersonCategoryAndCorroborations() {
        assertEquals("", PageGlue.creditedLine(List.of()));
        assertEquals("Credited: Dave Kowalski \u2014 docs & runbooks, corroborated by 2; Carol \u2014 docs & runbooks",
                PageGlue.creditedLine(List.of(credit("Dave Kowalski", 2), credit("Carol", 0))));
    }

    public static ContributionDto credit(String name, int corroborations) {
        return new ContributionDto(1, new CategoryRefDto("documentation", "Docs & runbooks"), new PersonDto("k", name),
                new PersonDto("alice", "Alice"), null, "2026-11-20", "Wrote the runbook", "", List.of(), List.of(),
                "ACTIVE", false, Collections.nCopies(corroborations, (CorroborationDto) null), "2026-11-20T10:00:00Z", 1);
    }
}
