package com.gluework.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The plugin's own bundle ({@value #BUNDLE}) in its default language, read once from the class path. Enough for the
 * exports and charts, which are documents rather than screens; a host that wants them in each user's language can
 * supply a {@link ReportTexts} over its own i18n resolver instead.
 */
public final class BundleReportTexts implements ReportTexts {
    public static final String BUNDLE = "i18n/gluework.properties";

    private final Properties patterns = new Properties();

    public BundleReportTexts() {
        try (InputStream in = BundleReportTexts.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("No i18n bundle on the class path at " + BUNDLE);
            }
            // ISO-8859-1 with \\u escapes, as Atlassian loads bundles.
            patterns.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLE, e);
        }
    }

    @Override
    public String text(String key, Object... arguments) {
        String pattern = patterns.getProperty(key);
        return pattern == null ? key : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
