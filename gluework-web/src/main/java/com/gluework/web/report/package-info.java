/**
 * The sprint report outside the page: CSV and Markdown exports and server-rendered SVG charts, each a pure function of
 * a {@link com.gluework.core.report.SprintReport} (or its export) and the UI texts. Every writer escapes for its own
 * format — CSV quoting and formula neutralising, Markdown backslash escapes, XML escaping — because user text
 * (names, summaries, impacts) reaches all of them.
 */
package com.gluework.web.report;
