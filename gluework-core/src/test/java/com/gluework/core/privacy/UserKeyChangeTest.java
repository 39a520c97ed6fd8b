package com.gluework.core.privacy;

import com.gluework.core.model.FieldChange;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class UserKeyChangeTest {
    private final UserKeyChange bob = new UserKeyChange("bob", "JIRAUSER10100");

    @Test
    public void exact_shouldReplaceOnlyTheWholeKey() {
        assertEquals("JIRAUSER10100", bob.exact("bob"));
        assertEquals("bobby", bob.exact("bobby"));
        assertEquals("Bob", bob.exact("Bob"));
        assertEquals(null, bob.exact(null));
    }

    @Test
    public void historyValue_shouldReplaceKeysInKeyFieldsAndListsButNeverFreeText() {
        assertEquals("JIRAUSER10100", bob.historyValue(FieldChange.CONTRIBUTOR, "bob"));
        assertEquals("JIRAUSER10100", bob.historyValue(FieldChange.CORROBORATOR, "bob"));
        assertEquals("alice, JIRAUSER10100, bobby", bob.historyValue(FieldChange.BENEFICIARIES, "alice, bob, bobby"));
        assertEquals("JIRAUSER10100", bob.historyValue(FieldChange.BENEFICIARIES, "bob"));
        assertEquals("", bob.historyValue(FieldChange.BENEFICIARIES, ""));
        // a summary that happens to be the key is free text, not a key
        assertEquals("bob", bob.historyValue(FieldChange.SUMMARY, "bob"));
        assertEquals("bob", bob.historyValue(FieldChange.NOTE, "bob"));
    }

    @Test
    public void inHistoryValue_shouldTellWhetherAnythingWouldChange() {
        assertTrue(bob.inHistoryValue(FieldChange.BENEFICIARIES, "alice, bob"));
        assertFalse(bob.inHistoryValue(FieldChange.BENEFICIARIES, "alice, bobby"));
        assertFalse(bob.inHistoryValue(FieldChange.IMPACT, "bob"));
        assertFalse(bob.inHistoryValue(FieldChange.CONTRIBUTOR, null));
    }

    @Test
    public void corroborationKey_shouldReplaceTheKeyAfterTheContributionId() {
        assertEquals("42:JIRAUSER10100", bob.corroborationKey("42:bob"));
        assertEquals("42:bobby", bob.corroborationKey("42:bobby"));
        assertEquals("42:x:bob", bob.corroborationKey("42:x:bob"));
        UserKeyChange colons = new UserKeyChange("a:b", "JIRAUSER1");
        assertEquals("7:JIRAUSER1", colons.corroborationKey("7:a:b"));
    }

    @Test
    public void changeKey_shouldReplaceOnlyTheWithdrawnCorroboratorOfAnEditEntry() {
        assertEquals("42:v3:w:JIRAUSER10100", bob.changeKey("42:v3:w:bob"));
        assertEquals("42:v3", bob.changeKey("42:v3"));
        assertEquals("42:v3:w:bobby", bob.changeKey("42:v3:w:bobby"));
        UserKeyChange withMarker = new UserKeyChange("x:w:y", "JIRAUSER2");
        assertEquals("1:v2:w:JIRAUSER2", withMarker.changeKey("1:v2:w:x:w:y"));
        assertEquals(":w:bob", bob.changeKeySuffix());
    }

    @Test
    public void likePatterns_shouldEscapeWildcardsAndTheEscapeCharacter() {
        assertEquals("%a\\_b\\%c\\\\d%", UserKeyChange.likeContaining("a_b%c\\d"));
        assertEquals("%:w:bob", UserKeyChange.likeEndingWith(":w:bob"));
    }

    @Test
    public void constructor_shouldRefuseEmptyKeys() {
        assertThrows(IllegalArgumentException.class, () -> new UserKeyChange("", "x"));
        assertThrows(IllegalArgumentException.class, () -> new UserKeyChange("x", ""));
    }

    @Test
    public void batches_shouldRoundUpAndNeverBeZero() {
        assertEquals(1, PersonalDataStore.batches(0, 100));
        assertEquals(1, PersonalDataStore.batches(100, 100));
        assertEquals(2, PersonalDataStore.batches(101, 100));
    }
}
