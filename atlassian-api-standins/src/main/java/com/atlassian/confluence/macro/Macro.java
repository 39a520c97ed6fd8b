package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/**
 * Compile-only stand-in: an XHTML macro ({@code <xhtml-macro>} module). {@code execute} returns the macro's HTML.
 * <p>
 * Mirrors: Confluence 10.2 (Platform 8), checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/Macro.html
 * (docs/atlassian-signatures.md §10.1, status C). The nested enums carry the constants listed there.
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType { NONE, PLAIN_TEXT, RICH_TEXT }

    enum OutputType { BLOCK, INLINE }
}
