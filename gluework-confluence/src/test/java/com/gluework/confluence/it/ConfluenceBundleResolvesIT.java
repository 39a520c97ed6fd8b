package com.gluework.confluence.it;

import com.gluework.jira.descriptor.HostFramework;
import org.junit.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertTrue;

/** The built Confluence plugin jar installs and resolves, every import wired, where Confluence 10.2's packages are offered. */
public class ConfluenceBundleResolvesIT {
    private final Path pluginJar = Path.of(System.getProperty("gluework.pluginJar"));

    @Test
    public void onConfluence_shouldResolveWithEveryImportWired() throws Exception {
        try (HostFramework confluence = new HostFramework(List.of("confluence"))) {
            List<String> problems = confluence.install(pluginJar);
            assertTrue(String.join("\n", problems), problems.isEmpty());
        }
    }
}
