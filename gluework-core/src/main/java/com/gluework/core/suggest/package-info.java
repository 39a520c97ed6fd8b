/**
 * Suggested glue: small pure rules that read an issue's activity as the host records it (change history, comments,
 * remote links) and propose glue a person may have done there, each with its evidence and a confidence that says why.
 * A suggestion is only a prompt: it counts for nothing until the person records it, and it never reaches a report,
 * a packet or a count. {@link com.gluework.core.suggest.GlueSuggester} runs the rules and removes what is already
 * recorded or was dismissed as "not glue".
 *
 * <p>Precision comes first: every rule prefers to miss a case over proposing something a careful lead would reject,
 * so each one asks for a named person, a time and a sign that the work was real (a note long enough to say something,
 * a page that is a runbook, a comment that says "approved").
 */
package com.gluework.core.suggest;
