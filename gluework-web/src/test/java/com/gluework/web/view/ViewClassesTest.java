package com.gluework.web.view;

import org.junit.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The views handed to Velocity: immutable classes of plain getters (each one a velocity-allowlist entry in Jira),
 * none named so that Atlassian's renderer would skip escaping it.
 */
public class ViewClassesTest {
    static final List<Class<?>> VIEWS = List.of(IssuePanelView.class, ContributionRowView.class, CategoryOptionView.class,
            PersonView.class, LinkView.class, CorroborationView.class, ContributionHistoryView.class, ChangeEntryView.class,
            FieldChangeView.class, EvidencePacketView.class, PacketDimensionView.class, PacketItemView.class,
            PacketViewLineView.class, MyGlueView.class, MyGlueView.NoteView.class, MyGlueView.TimelineEntryView.class,
            MyGlueView.CategoryShareView.class, MyGlueView.UncorroboratedView.class, PossibleGlueView.class,
            SuggestionTraceView.class);

    @Test
    public void views_shouldOfferOnlyParameterlessGetters() {
        for (Class<?> view : VIEWS) {
            for (Method method : view.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    assertTrue(method.toString(), method.getName().matches("(get|is)[A-Z]\\w*"));
                    assertEquals(method.toString(), 0, method.getParameterCount());
                }
            }
        }
    }

    @Test
    public void views_shouldHaveNoGetterTheRendererWouldLeaveUnescaped() {
        for (Class<?> view : VIEWS) {
            for (Method method : view.getMethods()) {
                String name = method.getName();
                assertFalse(method.toString(), name.toLowerCase(Locale.ROOT).endsWith("html"));
                assertFalse(method.toString(), name.startsWith("render") || name.startsWith("getRender"));
            }
        }
    }

    @Test
    public void views_shouldBeFinalWithFinalFields() {
        for (Class<?> view : VIEWS) {
            assertTrue(view + " is final", Modifier.isFinal(view.getModifiers()));
            for (java.lang.reflect.Field field : view.getDeclaredFields()) {
                assertTrue(field.toString(), Modifier.isFinal(field.getModifiers()));
            }
        }
    }
}
