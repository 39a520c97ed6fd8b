package com.gluework.preview;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The preview's command line.
 *
 * @param port     0 picks a free port (tests)
 * @param dataDir  where the H2 database and the generated Jira JSON live (default {@code ./data})
 * @param jdbcUrl  another database (PostgreSQL) instead of the H2 file; empty = H2 under {@code dataDir}
 * @param jiraUrl  a live Jira Data Center to read (read-only, with {@code jiraToken}); empty = the demo team
 * @param jiraTimeout how long one Jira GET may take before the page says Jira did not answer
 */
public record PreviewOptions(int port, Path dataDir, Optional<String> jdbcUrl, String jdbcUser, String jdbcPassword,
                             Optional<URI> jiraUrl, Optional<String> jiraToken, Duration jiraTimeout) {
    public static final int DEFAULT_PORT = 2990;
    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final Duration DEFAULT_JIRA_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_JIRA_TIMEOUT = Duration.ofMinutes(10);
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar gluework-preview.jar [--port 2990] [--data-dir DIR]",
            "                                      [--jdbc-url URL --jdbc-user USER --jdbc-password PASSWORD]",
            "                                      [--jira-url URL --jira-token PERSONAL_ACCESS_TOKEN [--jira-timeout 10s]]",
            "  --port           HTTP port (default 2990; 0 = any free port)",
            "  --data-dir       H2 database and generated demo JSON (default ./data)",
            "  --jdbc-url       use this database instead of H2, e.g. jdbc:postgresql://localhost/gluework",
            "  --jira-url       read users, projects, issues and sprints from this Jira Data Center (read-only GETs)",
            "  --jira-token     a personal access token for --jira-url; the preview acts as its owner, and only for them",
            "  --jira-timeout   how long one Jira request may take: 10 (seconds), 10s or 1500ms (default 10s)");

    public PreviewOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
        if (jiraUrl.isPresent() != jiraToken.isPresent()) {
            throw new IllegalArgumentException("--jira-url and --jira-token go together");
        }
        jiraTimeout = jiraTimeout == null ? DEFAULT_JIRA_TIMEOUT : jiraTimeout;
        if (jiraTimeout.isNegative() || jiraTimeout.isZero() || jiraTimeout.compareTo(MAX_JIRA_TIMEOUT) > 0) {
            throw new IllegalArgumentException("--jira-timeout must be more than 0 and at most 10 minutes, was " + jiraTimeout);
        }
        jdbcUser = jdbcUser == null ? "" : jdbcUser;
        jdbcPassword = jdbcPassword == null ? "" : jdbcPassword;
    }

    public static PreviewOptions defaults() {
        return new PreviewOptions(DEFAULT_PORT, DEFAULT_DATA_DIR, Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                DEFAULT_JIRA_TIMEOUT);
    }

    public PreviewOptions withPort(int newPort) {
        return new PreviewOptions(newPort, dataDir, jdbcUrl, jdbcUser, jdbcPassword, jiraUrl, jiraToken, jiraTimeout);
    }

    public PreviewOptions withDataDir(Path newDataDir) {
        return new PreviewOptions(port, newDataDir, jdbcUrl, jdbcUser, jdbcPassword, jiraUrl, jiraToken, jiraTimeout);
    }

    public PreviewOptions withDatabase(String url, String user, String password) {
        return new PreviewOptions(port, dataDir, Optional.of(url), user, password, jiraUrl, jiraToken, jiraTimeout);
    }

    /** A live Jira instead of the demo team. */
    public PreviewOptions withJira(URI url, String token, Duration timeout) {
        return new PreviewOptions(port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, Optional.of(url), Optional.of(token), timeout);
    }

    /** @throws IllegalArgumentException with a sentence naming the bad option; callers print {@link #USAGE} */
    public static PreviewOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path dataDir = DEFAULT_DATA_DIR;
        String jdbcUrl = null;
        String jdbcUser = "";
        String jdbcPassword = "";
        String jiraUrl = null;
        String jiraToken = null;
        Duration jiraTimeout = DEFAULT_JIRA_TIMEOUT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "Unknown argument " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = parsePort(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--jdbc-url" -> jdbcUrl = value;
                case "--jdbc-user" -> jdbcUser = value;
                case "--jdbc-password" -> jdbcPassword = value;
                case "--jira-url" -> jiraUrl = value;
                case "--jira-token" -> jiraToken = value;
                case "--jira-timeout" -> jiraTimeout = parseTimeout(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--jdbc-url must start with jdbc:, was " + jdbcUrl);
        }
        return new PreviewOptions(port, dataDir, Optional.ofNullable(jdbcUrl), jdbcUser, jdbcPassword,
                Optional.ofNullable(jiraUrl).map(PreviewOptions::parseHttpUrl), Optional.ofNullable(jiraToken), jiraTimeout);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + value, e);
        }
    }

    /** {@code 10} and {@code 10s} are seconds, {@code 1500ms} milliseconds. */
    private static Duration parseTimeout(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).strip()));
            }
            return Duration.ofSeconds(Long.parseLong(text.endsWith("s") ? text.substring(0, text.length() - 1).strip() : text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--jira-timeout must be seconds (10, 10s) or milliseconds (1500ms), was " + value, e);
        }
    }

    private static URI parseHttpUrl(String value) {
        URI uri = URI.create(value);
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("--jira-url must be an http(s) URL, was " + value);
        }
        return uri;
    }
}
