package com.gluework.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The panel's web resources as the tests read them: from the classpath, exactly as packaged. */
final class WebResourceFiles {
    static final String TEMPLATE = IssuePanelView.TEMPLATE;
    static final String SCRIPT = "js/gluework-panel.js";
    static final String STYLES = "css/gluework-panel.css";
    static final String BUNDLE = "i18n/gluework.properties";

    private WebResourceFiles() {
    }

    static String text(String classpathResource) {
        return new String(bytes(classpathResource), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String classpathResource) {
        try (InputStream in = WebResourceFiles.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("Missing on the classpath: " + classpathResource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every first capture group of {@code pattern} in {@code text}, in order. */
    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
