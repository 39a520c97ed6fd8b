package com.gluework.confluence.macro;

import com.gluework.confluence.testing.VelocityTemplateRenderer;
import com.gluework.web.testing.PropertiesI18n;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertTrue;

/** The template looks problem texts up by computed keys, which the descriptor checks cannot see: every kind has both. */
public class ProblemMessagesTest {

    @Test
    public void everyProblemKind_shouldHaveATitleAndAMessage() {
        PropertiesI18n bundle = new PropertiesI18n(VelocityTemplateRenderer.CONFLUENCE_BUNDLE);
        for (SummaryProblem.Kind kind : SummaryProblem.Kind.values()) {
            ProblemView view = new ProblemView(new SummaryProblem(kind, "", Optional.empty()), "Jira");
            assertTrue(view.getTitleKey(), bundle.patterns().containsKey(view.getTitleKey()));
            assertTrue(view.getMessageKey(), bundle.patterns().containsKey(view.getMessageKey()));
        }
    }
}
