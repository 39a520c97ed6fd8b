package com.gluework.preview;

import org.junit.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class PreviewOptionsTest {
    @Test
    public void parse_shouldDefaultToPort2990AndDataUnderTheWorkingDirectory() {
        // when
        PreviewOptions options = PreviewOptions.parse();

        // then
        assertEquals(2990, options.port());
        assertEquals(Path.of("data"), options.dataDir());
        assertEquals(Optional.empty(), options.jdbcUrl());
        assertEquals(Optional.empty(), options.jiraUrl());
        assertEquals(Duration.ofSeconds(10), options.jiraTimeout());
    }

    @Test
    public void parse_shouldReadTheJiraTimeoutInSecondsOrMilliseconds() {
        assertEquals(Duration.ofSeconds(3), PreviewOptions.parse("--jira-timeout", "3").jiraTimeout());
        assertEquals(Duration.ofSeconds(30), PreviewOptions.parse("--jira-timeout", "30s").jiraTimeout());
        assertEquals(Duration.ofMillis(1500), PreviewOptions.parse("--jira-timeout", "1500ms").jiraTimeout());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--jira-timeout", "soon")).getMessage().contains("--jira-timeout"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--jira-timeout", "0")).getMessage().contains("--jira-timeout"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--jira-timeout", "1h")).getMessage().contains("--jira-timeout"));
    }

    @Test
    public void parse_shouldReadEveryOption() {
        // when
        PreviewOptions options = PreviewOptions.parse("--port", "0", "--data-dir", "/tmp/gw", "--jdbc-url", "jdbc:postgresql://localhost/gluework",
                "--jdbc-user", "gluework", "--jdbc-password", "secret", "--jira-url", "https://jira.example.com", "--jira-token", "pat");

        // then
        assertEquals(0, options.port());
        assertEquals(Path.of("/tmp/gw"), options.dataDir());
        assertEquals(Optional.of("jdbc:postgresql://localhost/gluework"), options.jdbcUrl());
        assertEquals("gluework", options.jdbcUser());
        assertEquals("secret", options.jdbcPassword());
        assertEquals(Optional.of(URI.create("https://jira.example.com")), options.jiraUrl());
        assertEquals(Optional.of("pat"), options.jiraToken());
    }

    @Test
    public void parse_shouldNameWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--port", "http")).getMessage().contains("--port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--port")).getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--colour", "red")).getMessage().contains("--colour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--jira-url", "https://jira.example.com")).getMessage().contains("--jira-token"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--jira-url", "javascript:alert(1)", "--jira-token", "t")).getMessage().contains("http"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--jdbc-url", "postgres://x")).getMessage().contains("jdbc:"));
    }
}
