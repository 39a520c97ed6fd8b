package com.gluework.core.suggest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ActivityTextTest {

    @Test
    public void isOnlyAQuestion_shouldTellAskingFromAnsweringWithAQuestionAtTheEnd() {
        assertTrue(ActivityText.isOnlyAQuestion("Any update?"));
        assertTrue(ActivityText.isOnlyAQuestion("  Is v2.3 out yet?  "));
        assertFalse(ActivityText.isOnlyAQuestion("Deployed. Any update?"));
        assertFalse(ActivityText.isOnlyAQuestion("Done!\nok?"));
        assertFalse(ActivityText.isOnlyAQuestion("Deployed the fix."));
        assertFalse(ActivityText.isOnlyAQuestion(null));
        assertFalse(ActivityText.isOnlyAQuestion("Really. ?")); // a sentence ended before the question mark
    }

    @Test
    public void isOnlyAQuestion_shouldAnswerAsTheRegexItReplacedOnTheNaughtyStrings() throws IOException {
        // given: the big list of naughty strings, each also as a question and after a sentence
        List<String> naughty = new ObjectMapper().readValue(testData().resolve(
                "minimaxir__big-list-of-naughty-strings/blns.json").toFile(), new TypeReference<List<String>>() { });
        List<String> texts = new ArrayList<>();
        for (String s : naughty) {
            texts.add(s);
            texts.add(s + "?");
            texts.add("Fixed. " + s + "?");
            texts.add(s + ".\t?");
        }

        // then: the same answer as the String.matches form it replaced (compiled on every call)
        for (String text : texts) {
            String trimmed = text.strip();
            boolean before = trimmed.endsWith("?") && !trimmed.substring(0, trimmed.length() - 1).matches("(?s).*[.!]\\s.*");
            assertEquals(text, before, ActivityText.isOnlyAQuestion(text));
        }
    }

    private static Path testData() {
        Path data = Path.of(System.getProperty("gluework.testdata", "../testdata"));
        assertTrue("Test data not found at " + data.toAbsolutePath(), Files.isDirectory(data));
        return data;
    }
}
