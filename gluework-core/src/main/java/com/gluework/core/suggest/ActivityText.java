package com.gluework.core.suggest;

import java.util.regex.Pattern;

/** Small readings of comment and field text shared by the rules. Jira wiki markup is read as plain text. */
final class ActivityText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*");
    /** A sentence's end before the question: "Deployed. Any update?" answers something. Compiled once (issue 13). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!]\\s");

    private ActivityText() {
    }

    static int words(String text) {
        return (int) WORD.matcher(text == null ? "" : text).results().count();
    }

    /** Does the text mention the user the way Jira Data Center writes a mention, {@code [~key]}? */
    static boolean mentions(String text, String userKey) {
        return text != null && userKey != null && text.toLowerCase(java.util.Locale.ROOT)
                .contains("[~" + userKey.toLowerCase(java.util.Locale.ROOT) + "]");
    }

    /** A comment that only asks ("any update?") answers nothing. */
    static boolean isOnlyAQuestion(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.endsWith("?") && !SENTENCE_END.matcher(trimmed).region(0, trimmed.length() - 1).find();
    }

    static String quoted(String text) {
        return "“" + text + "”";
    }
}
