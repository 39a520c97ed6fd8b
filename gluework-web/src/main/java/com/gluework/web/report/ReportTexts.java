package com.gluework.web.report;

/**
 * UI texts for what is rendered outside Velocity (exports, charts): the same i18n bundle the templates read, formatted
 * as Atlassian's resolvers format it ({@link java.text.MessageFormat}; an unknown key answers itself).
 */
public interface ReportTexts {

    String text(String key, Object... arguments);
}
