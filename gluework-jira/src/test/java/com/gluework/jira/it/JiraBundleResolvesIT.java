package com.gluework.jira.it;

import com.gluework.jira.descriptor.HostFramework;
import org.junit.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertTrue;

/**
 * The built Jira plugin jar installs and resolves in an OSGi framework that offers what Jira 11.3 exports, with and
 * without Jira Software, and every package it imports is wired except Jira Software's when Jira Software is absent.
 */
public class JiraBundleResolvesIT {
    private final Path pluginJar = Path.of(System.getProperty("gluework.pluginJar"));

    @Test
    public void onJiraWithJiraSoftware_shouldResolveWithEveryImportWired() throws Exception {
        try (HostFramework jira = new HostFramework(List.of("jira", "jira-software"))) {
            List<String> problems = jira.install(pluginJar);
            assertTrue(String.join("\n", problems), problems.isEmpty());
        }
    }

    @Test
    public void onPlainJira_shouldStillResolve() throws Exception {
        try (HostFramework jira = new HostFramework(List.of("jira"))) {
            List<String> problems = jira.install(pluginJar);
            assertTrue(String.join("\n", problems), problems.isEmpty());
        }
    }
}
