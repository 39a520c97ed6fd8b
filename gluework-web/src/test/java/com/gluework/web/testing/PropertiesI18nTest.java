package com.gluework.web.testing;

import org.junit.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class PropertiesI18nTest {
    private final PropertiesI18n i18n = new PropertiesI18n();

    @Test
    public void getText_shouldFormatEachCallWithItsOwnArguments_whenThePatternWasParsedBefore() {
        String pattern = i18n.patterns().get("gluework.panel.recordedby");
        assertEquals(new MessageFormat(pattern, Locale.ENGLISH).format(new Object[]{"Alice"}),
                i18n.getText("gluework.panel.recordedby", "Alice"));
        assertEquals(new MessageFormat(pattern, Locale.ENGLISH).format(new Object[]{"Bob"}),
                i18n.getText("gluework.panel.recordedby", "Bob"));
        assertEquals(new MessageFormat(i18n.patterns().get("gluework.panel.showall"), Locale.ENGLISH)
                .format(new Object[]{12345}), i18n.getText("gluework.panel.showall", 12345));
    }

    @Test
    public void getText_shouldKeepEachThreadsArguments_whenThreadsFormatTheSamePatternAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String name = "person-" + t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!i18n.getText("gluework.panel.recordedby", name + i).contains(name + i)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void getText_shouldWriteWholeNumbersAsMessageFormatDoes_whetherSmallLargeNegativeOrFormatted() {
        // given: the test bundle's plain placeholders, and one with a number format of its own
        PropertiesI18n test = new PropertiesI18n("i18n/test.properties");
        Object[][] cases = {{0, "x"}, {7, 999}, {-999, 1000}, {1000, -1000}, {12345L, Long.MIN_VALUE}, {(short) 5, (byte) -3},
                {Long.MAX_VALUE, 2.5}, {999L, null}};
        for (String key : List.of("test.count", "test.count.formatted")) {
            for (Object[] arguments : cases) {
                // then: the text MessageFormat writes for the same arguments
                String expected = new MessageFormat(test.patterns().get(key), Locale.ENGLISH).format(arguments);
                assertEquals(key + " " + java.util.Arrays.toString(arguments), expected, test.getText(key, arguments));
            }
        }
        assertEquals("Show all 7 (1,000, again 7)", test.getText("test.count", 7, 1000));
    }

    @Test
    public void getText_shouldAnswerAnUnknownKeyWithTheKey() {
        assertEquals("gluework.no.such.key", i18n.getText("gluework.no.such.key", "x"));
    }
}
