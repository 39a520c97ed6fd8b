package com.gluework.preview.it;

import com.gluework.preview.PreviewMain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview as a separate JVM ({@code java -cp <the test class path> PreviewMain}), so a test can {@code kill -9} it
 * ({@link Process#destroyForcibly()} is SIGKILL on Linux) and start another on the same data directory. Its output
 * goes to a log file next to the data directory.
 */
final class PreviewProcess {
    private static final Pattern STARTED = Pattern.compile("preview started in .*: (http://localhost:[0-9]+)");
    private final Process process;
    private final CompletableFuture<URI> baseUrl = new CompletableFuture<>();
    private final List<String> output = new ArrayList<>();

    private PreviewProcess(Process process, Path log) {
        this.process = process;
        Thread reader = new Thread(() -> drain(log), "preview-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a preview on a free port; call {@link #awaitStarted()} before using it. */
    static PreviewProcess start(Path dataDir, Path log) throws IOException {
        return start(dataDir, log, 0);
    }

    /** @param options more command-line options, such as {@code --jdbc-url} */
    static PreviewProcess start(Path dataDir, Path log, int port, String... options) throws IOException {
        return start(dataDir, log, List.of(), port, options);
    }

    /** @param jvmOptions more JVM options, such as a {@code -D} system property */
    static PreviewProcess start(Path dataDir, Path log, List<String> jvmOptions, int port, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), PreviewMain.class.getName(),
                "--port", Integer.toString(port), "--data-dir", dataDir.toString()));
        command.addAll(List.of(options));
        return new PreviewProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), log);
    }

    /** Failsafe runs tests from a manifest-only jar and puts the real class path in this property. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    URI awaitStarted() throws Exception {
        try {
            return baseUrl.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the preview did not start; it printed: " + output(), e);
        }
    }

    URI url(String path) throws Exception {
        return URI.create(awaitStarted() + path);
    }

    /** SIGKILL: no shutdown hook, no H2 close, nothing flushed. */
    void killNine() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Ctrl-C: the shutdown hook closes Jetty and the database. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            killNine();
        }
    }

    /** Waits for the process to end by itself (a refused start). */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            killNine();
            throw new AssertionError("the preview should have stopped by itself; it printed: " + output());
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    synchronized List<String> output() {
        return List.copyOf(output);
    }

    private void drain(Path log) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (this) {
                    output.add(line);
                }
                out.println(line);
                out.flush();
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    baseUrl.complete(URI.create(started.group(1)));
                }
            }
        } catch (IOException e) {
            baseUrl.completeExceptionally(e);
        }
        baseUrl.completeExceptionally(new IllegalStateException("the preview's output ended"));
    }
}
