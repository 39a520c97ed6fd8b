package com.atlassian.sal.api.message;

/**
 * Compile-only stand-in: looks up the plugin's i18n texts in the current user's locale.
 * <p>
 * Mirrors: SAL 7.x (Platform 8), checked against SAL 3.0.0
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html
 * (docs/atlassian-signatures.md §2.6, status C). Only the member Glue Work calls; note that the real
 * formatting overloads take {@code Serializable...} arguments, not {@code Object...}.
 */
public interface I18nResolver {

    String getText(String key);
}
