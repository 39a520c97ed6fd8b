/**
 * The preview's own pages and static files: the Jira-like issue page that embeds the real Glue Work panel, the user
 * switcher, classpath assets (AUI from npm, web's JS and CSS) with an emulation of Jira's {@code jsI18n} transformer,
 * and generated user avatars; on a live Jira, the frame without switcher and the pages for Jira's failures. Thin glue: the panel itself comes from gluework-web, rendered exactly as in Jira.
 */
package com.gluework.preview.pages;
