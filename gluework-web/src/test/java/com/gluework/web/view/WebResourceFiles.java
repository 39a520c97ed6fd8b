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
    static final String HISTORY_TEMPLATE = ContributionHistoryView.TEMPLATE;
    /** Every template the web module ships (whoever added it); the i18n and script checks read them all. */
    static final List<String> TEMPLATES = listed("templates/gluework", ".vm");
    /** Every script the web module ships. */
    static final List<String> SCRIPTS = listed("js", ".js");
    static final String SCRIPT = "js/gluework-panel.js";
    static final String STYLES = "css/gluework-panel.css";
    static final String BUNDLE = "i18n/gluework.properties";

    private WebResourceFiles() {
    }

    /** All templates, one after the other. */
    static String allTemplates() {
        StringBuilder all = new StringBuilder();
        TEMPLATES.forEach(t -> all.append(text(t)).append('\n'));
        return all.toString();
    }

    /** All scripts, one after the other. */
    static String allScripts() {
        StringBuilder all = new StringBuilder();
        SCRIPTS.forEach(t -> all.append(text(t)).append('\n'));
        return all.toString();
    }

    /** The files in a classpath folder of this module (tests run against target/classes, a plain directory). */
    private static List<String> listed(String folder, String suffix) {
        try {
            java.net.URL url = WebResourceFiles.class.getClassLoader().getResource(folder);
            if (url == null) {
                throw new IllegalStateException("Missing on the classpath: " + folder);
            }
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
                return files.map(f -> folder + "/" + f.getFileName()).filter(f -> f.endsWith(suffix)).sorted().toList();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
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
