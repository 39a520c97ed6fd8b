/**
 * The "Glue sprint summary" macro. Pure rules — the parameters ({@link com.gluework.confluence.macro.SummaryParameters}),
 * what Jira's answers and failures mean ({@link com.gluework.confluence.macro.JiraAnswers},
 * {@link com.gluework.confluence.macro.SummaryProblem}), the view models — and the thin host glue that reads Jira over
 * Application Links ({@link com.gluework.confluence.macro.JiraGlueReader}) and renders the template
 * ({@link com.gluework.confluence.macro.GlueSprintSummaryMacro}).
 */
package com.gluework.confluence.macro;
