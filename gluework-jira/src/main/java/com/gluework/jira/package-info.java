/**
 * Glue Work for Jira: the composition root. {@link com.gluework.jira.ComponentImports} lists every host service the
 * plugin imports (Atlassian Spring Scanner turns them into OSGi imports and named beans), and
 * {@code META-INF/spring/gluework-components.xml} wires our own classes by constructor.
 * <p>
 * Why plain Spring XML for our classes rather than Spring Scanner annotations: gluework-core, -web and -ao are shared
 * with the preview host and must stay free of Spring and Atlassian types, so they cannot carry {@code @Component};
 * scanner-annotated Jira-side factory classes would add one wrapper per bean and hide the wiring in code. The XML file
 * is one readable page listing every bean and what it receives, and a descriptor check
 * ({@code DescriptorChecks#springBeansResolve}) proves each class, constructor and ref exists in the default build.
 * Adapters live in {@link com.gluework.jira.adapter}, the web glue in {@link com.gluework.jira.web}.
 */
package com.gluework.jira;
