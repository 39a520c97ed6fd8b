package com.gluework.web.view;

import org.junit.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The report's views follow the rules of every view (see {@code ViewClassesTest}): plain getters, none named *Html. */
public class SprintReportViewClassesTest {
    static final List<Class<?>> VIEWS = List.of(SprintReportView.class, SprintReportBodyView.class,
            PickerOptionView.class, ReportWinView.class, MatrixRowView.class, ShareRowView.class,
            CategoryDeltaView.class, SingleOwnerView.class, OpportunityView.class, HeroSuggestionView.class,
            OutcomeGroupView.class);

    @Test
    public void views_shouldBeFinalWithFinalFieldsAndOnlyParameterlessGettersTheRendererEscapes() {
        for (Class<?> view : VIEWS) {
            assertTrue(view + " is final", Modifier.isFinal(view.getModifiers()));
            for (java.lang.reflect.Field field : view.getDeclaredFields()) {
                assertTrue(field.toString(), Modifier.isFinal(field.getModifiers()));
            }
            for (Method method : view.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    assertTrue(method.toString(), method.getName().matches("(get|is)[A-Z]\\w*"));
                    assertEquals(method.toString(), 0, method.getParameterCount());
                    assertFalse(method.toString(), method.getName().toLowerCase(Locale.ROOT).endsWith("html"));
                    assertFalse(method.toString(), method.getName().startsWith("getRender"));
                }
            }
        }
    }
}
