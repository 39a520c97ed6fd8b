package com.gluework.preview;

import java.time.Clock;

/** {@code java -jar gluework-preview.jar [options]}: starts the preview and keeps it running until the process stops. */
public final class PreviewMain {
    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(PreviewOptions.USAGE);
            return;
        }
        PreviewOptions options;
        try {
            options = PreviewOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(PreviewOptions.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        PreviewApplication app;
        try {
            app = PreviewApplication.start(options, Clock.systemDefaultZone());
        } catch (Exception e) {
            // One line a person can act on; a stack trace would bury it.
            System.err.println("Glue Work preview did not start: " + oneLine(e));
            System.exit(1);
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (options.jiraUrl().isPresent()) {
            System.out.printf("Glue Work preview started in %.1f s: %s (reading %s read-only, acting as the token's owner"
                    + " only; answers on this computer only)%n", seconds, app.baseUrl(), options.jiraUrl().get());
        } else {
            System.out.printf("Glue Work preview started in %.1f s: %s (demo users alice, bob, carol, dave, erin, frank;"
                    + " PREVIEW ONLY: password = user name)%n", seconds, app.baseUrl());
        }
        if (Boolean.getBoolean(TRAINING_RUN)) {
            trainAndExit(app);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "gluework-preview-shutdown"));
        app.join();
    }

    /**
     * {@code -Dgluework.preview.trainingRun=true}: start, answer a first panel and a first issue page, stop. The
     * {@code ./preview} script runs this once after a build with {@code -XX:ArchiveClassesAtExit}, so that the JVM
     * writes an application class-data archive of every class a first visit loads, which later starts map instead of
     * loading and verifying each class from the jar (docs/benchmarks.md, "Preview cold start"; docs/decisions.md).
     */
    static final String TRAINING_RUN = "gluework.preview.trainingRun";

    private static void trainAndExit(PreviewApplication app) {
        int status = 0;
        try {
            for (String path : new String[] {"/rest/gluework/1.0/issues/GW-1/panel", "/browse/GW-1"}) {
                java.net.HttpURLConnection get = (java.net.HttpURLConnection) app.baseUrl().resolve(path).toURL().openConnection();
                get.setRequestProperty("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("bob:bob".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                try (java.io.InputStream body = get.getResponseCode() == 200 ? get.getInputStream() : null) {
                    if (body == null) {
                        System.err.println("Training run: " + path + " answered " + get.getResponseCode());
                        status = 1;
                    } else {
                        body.readAllBytes();
                    }
                }
            }
        } catch (java.io.IOException e) {
            System.err.println("Training run: " + oneLine(e));
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status); // the JVM writes its class archive on the way out
    }

    /** Our own start-up refusals say it all; anything else is named by its innermost cause (a port in use, say). */
    static String oneLine(Throwable failure) {
        if (failure instanceof PreviewStartupException) {
            return failure.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }
}
