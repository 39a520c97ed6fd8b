package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only stand-in: where and how a macro is being rendered (page, preview, e-mail, PDF …).
 * Only the member Glue Work calls.
 * <p>
 * Mirrors: Confluence 10.2 (Platform 8), checked against
 * https://docs.atlassian.com/atlassian-confluence/5.5.1/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * and the 9.0.2 javadoc tree (docs/atlassian-signatures.md §10.3, status C): an interface.
 */
public interface ConversionContext {

    /** {@code "display"}, {@code "preview"}, {@code "email"}, {@code "pdf"}, {@code "word"}, ... */
    String getOutputType();
}
